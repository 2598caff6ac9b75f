namespace TextPipeline.Entities.Training;

/// <summary>Entity-level counts of one type (or of all), scored as conlleval does: exact span and type.</summary>
internal sealed record NerScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>conlleval-style entity precision/recall/F1 per type and overall (micro-averaged).</summary>
internal sealed class NerEvaluation
{
    private readonly HashSet<string>? _types;
    private readonly SortedDictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    /// <param name="types">Types to score; entities of other types are removed from gold and predictions. Null = all.</param>
    public NerEvaluation(IEnumerable<string>? types) => _types = types is null ? null : new HashSet<string>(types, StringComparer.Ordinal);

    public int Tokens { get; private set; }

    public int Sentences { get; private set; }

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        Tokens += gold.Count;
        Sentences++;
        var goldChunks = Chunks(gold);
        var predChunks = Chunks(predicted);
        foreach (var g in goldChunks) Count(g.Type)[0]++;
        foreach (var p in predChunks)
        {
            Count(p.Type)[1]++;
            if (goldChunks.Contains(p)) Count(p.Type)[2]++;
        }
    }

    public IReadOnlyList<NerScore> PerType =>
        [.. _counts.Select(kv => new NerScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2]))];

    public NerScore Overall => new("ALL", _counts.Values.Sum(v => v[0]), _counts.Values.Sum(v => v[1]), _counts.Values.Sum(v => v[2]));

    /// <summary>Entity chunks (start, end, type) of an IOB2 sequence; a stray I- starts a chunk, as in conlleval.</summary>
    public HashSet<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var result = new HashSet<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 2 && tag[1] == '-' ? tag[0] : 'O';
            var t = prefix == 'O' ? null : tag[2..];
            if (t is not null && _types is not null && !_types.Contains(t))
            {
                t = null;
                prefix = 'O';
            }
            var continues = prefix == 'I' && t == type;
            if (type is not null && !continues)
            {
                result.Add((start, i, type));
                type = null;
            }
            if (t is not null && !continues)
            {
                start = i;
                type = t;
            }
        }
        return result;
    }

    private int[] Count(string type)
    {
        if (!_counts.TryGetValue(type, out var c))
        {
            c = new int[3];
            _counts[type] = c;
        }
        return c;
    }
}
