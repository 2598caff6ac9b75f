namespace TextPipeline.Tokenization.Tagging;

/// <summary>
/// Multi-class averaged perceptron over hashed features (Collins 2002; Honnibal's tagger design). The trained form is
/// immutable and thread-safe: a hash → row map and a row-major weight matrix of <see cref="Classes"/> columns.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly FeatureTable _table;
    private readonly float[] _weights;

    public AveragedPerceptron(int classes, Dictionary<ulong, int> rows, float[] weights)
    {
        Classes = classes;
        _rows = rows;
        _table = new FeatureTable(rows);
        _weights = weights;
    }

    public int Classes { get; }

    public int FeatureCount => _rows.Count;

    internal Dictionary<ulong, int> Rows => _rows;

    internal float[] Weights => _weights;

    /// <summary>Adds the weights of every known feature into <paramref name="scores"/> (length <see cref="Classes"/>).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var weights = _weights.AsSpan();
        foreach (var f in features)
        {
            if (!_table.TryGetRow(f, out var row)) continue;
            AddTo(scores, weights.Slice(row * Classes, Classes));
        }
    }

    /// <summary><paramref name="scores"/> += <paramref name="weights"/>, vectorised.</summary>
    internal static void AddTo(Span<float> scores, ReadOnlySpan<float> weights)
    {
        var c = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var width = System.Numerics.Vector<float>.Count;
            for (; c + width <= scores.Length; c += width)
            {
                var sum = new System.Numerics.Vector<float>(scores[c..]) + new System.Numerics.Vector<float>(weights[c..]);
                sum.CopyTo(scores[c..]);
            }
        }
        for (; c < scores.Length; c++) scores[c] += weights[c];
    }

    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[Classes];
        Score(features, scores);
        return ArgMax(scores);
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best]) best = c;
        }
        return best;
    }
}

/// <summary>Trains an <see cref="AveragedPerceptron"/> with lazy averaging (weights summed over every update step).</summary>
internal sealed class AveragedPerceptronTrainer
{
    private readonly int _classes;
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1024];
    private double[] _totals = new double[1024];
    private int[] _stamps = new int[1024];
    private int _instances;

    public AveragedPerceptronTrainer(int classes) => _classes = classes;

    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[_classes];
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
            var w = _weights.AsSpan(row * _classes, _classes);
            for (var c = 0; c < _classes; c++) scores[c] += w[c];
        }
        return AveragedPerceptron.ArgMax(scores);
    }

    /// <summary>One training step: call for every instance, with the model's guess.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        _instances++;
        if (truth == guess) return;
        foreach (var f in features)
        {
            var row = RowOf(f);
            Bump(row * _classes + truth, 1f);
            Bump(row * _classes + guess, -1f);
        }
    }

    private void Bump(int index, float delta)
    {
        _totals[index] += (double)(_instances - _stamps[index]) * _weights[index];
        _stamps[index] = _instances;
        _weights[index] += delta;
    }

    private int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row)) return row;
        row = _rows.Count;
        _rows.Add(feature, row);
        var needed = (row + 1) * _classes;
        if (needed > _weights.Length)
        {
            var size = Math.Max(needed, _weights.Length * 2);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    /// <summary>The averaged model; rows whose averaged weights are all below <paramref name="pruneBelow"/> are dropped.</summary>
    public AveragedPerceptron Build(float pruneBelow = 0f)
    {
        var averaged = new float[_rows.Count * _classes];
        for (var i = 0; i < averaged.Length; i++)
        {
            var total = _totals[i] + (double)(_instances - _stamps[i]) * _weights[i];
            averaged[i] = (float)(total / Math.Max(1, _instances));
        }
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        foreach (var (feature, row) in _rows.OrderBy(p => p.Value))
        {
            var w = averaged.AsSpan(row * _classes, _classes);
            var max = 0f;
            foreach (var x in w) max = Math.Max(max, Math.Abs(x));
            if (max <= pruneBelow) continue;
            rows.Add(feature, rows.Count);
            foreach (var x in w) kept.Add(x);
        }
        return new AveragedPerceptron(_classes, rows, [.. kept]);
    }
}
