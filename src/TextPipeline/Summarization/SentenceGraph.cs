namespace TextPipeline.Summarization;

/// <summary>
/// Sparse TF-IDF sentence vectors (IDF over the article's sentences) with cosine similarity, and continuous
/// LexRank (Erkan and Radev 2004): PageRank over the similarity graph, damping 0.85.
/// </summary>
internal sealed class SentenceGraph
{
    private const double Damping = 0.85;
    private const int Iterations = 40;

    private readonly Dictionary<int, double>[] _vectors;

    public SentenceGraph(IReadOnlyList<List<string>> sentenceKeys)
    {
        var n = sentenceKeys.Count;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var sf = new List<int>();
        var termIds = new List<int>[n];
        for (var s = 0; s < n; s++)
        {
            termIds[s] = new List<int>(sentenceKeys[s].Count);
            var seen = new HashSet<int>();
            foreach (var key in sentenceKeys[s])
            {
                if (!ids.TryGetValue(key, out var id))
                {
                    id = ids.Count;
                    ids.Add(key, id);
                    sf.Add(0);
                }
                termIds[s].Add(id);
                if (seen.Add(id)) sf[id]++;
            }
        }
        _vectors = new Dictionary<int, double>[n];
        for (var s = 0; s < n; s++)
        {
            var v = new Dictionary<int, double>();
            foreach (var id in termIds[s]) v[id] = v.GetValueOrDefault(id) + 1;
            double norm = 0;
            foreach (var id in v.Keys.ToArray())
            {
                var w = v[id] * (Math.Log((double)(n + 1) / sf[id]) + 1);
                v[id] = w;
                norm += w * w;
            }
            norm = Math.Sqrt(norm);
            if (norm > 0)
            {
                foreach (var id in v.Keys.ToArray()) v[id] /= norm;
            }
            _vectors[s] = v;
        }
        Similarity = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var sim = Cosine(_vectors[a], _vectors[b]);
                Similarity[a, b] = sim;
                Similarity[b, a] = sim;
            }
        }
    }

    public double[,] Similarity { get; }

    public int Count => _vectors.Length;

    /// <summary>LexRank centrality of each sentence, rescaled so the most central is 1.</summary>
    public double[] Centrality()
    {
        var n = Count;
        var rank = new double[n];
        if (n == 0) return rank;
        var rowSum = new double[n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++) rowSum[a] += Similarity[a, b];
        }
        Array.Fill(rank, 1.0 / n);
        var next = new double[n];
        for (var it = 0; it < Iterations; it++)
        {
            for (var b = 0; b < n; b++)
            {
                double sum = 0;
                for (var a = 0; a < n; a++)
                {
                    // A sentence similar to nothing spreads its rank evenly.
                    sum += rowSum[a] > 0 ? rank[a] * Similarity[a, b] / rowSum[a] : rank[a] / n;
                }
                next[b] = (1 - Damping) / n + Damping * sum;
            }
            (rank, next) = (next, rank);
        }
        var max = rank.Max();
        if (max > 0)
        {
            for (var i = 0; i < n; i++) rank[i] /= max;
        }
        return rank;
    }

    private static double Cosine(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        double dot = 0;
        foreach (var (id, w) in a)
        {
            if (b.TryGetValue(id, out var x)) dot += w * x;
        }
        return dot;
    }
}
