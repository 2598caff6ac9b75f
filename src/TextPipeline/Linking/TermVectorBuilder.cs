using System.Collections.Concurrent;

namespace TextPipeline.Linking;

/// <summary>
/// Turns per-article term counts into L2-normalised sublinear TF-IDF vectors over a vocabulary whose ids follow
/// ordinal term order (so sums run in the same order whatever the thread count). Terms seen in one article only
/// are dropped: they cannot link two articles.
/// </summary>
internal sealed class TermVectorBuilder
{
    private readonly ConcurrentDictionary<string, int> _provisional = new(StringComparer.Ordinal);
    private int _next = -1;

    /// <summary>Counts as (provisional term id, count) pairs; thread-safe.</summary>
    public (int[] Terms, int[] Counts) Intern(Dictionary<string, int> counts)
    {
        var terms = new int[counts.Count];
        var values = new int[counts.Count];
        var i = 0;
        foreach (var (term, count) in counts)
        {
            terms[i] = _provisional.GetOrAdd(term, _ => Interlocked.Increment(ref _next));
            values[i] = count;
            i++;
        }
        return (terms, values);
    }

    /// <summary>Builds the vectors; <paramref name="vocabulary"/> receives the term of each final id.</summary>
    public SparseVector[] Build((int[] Terms, int[] Counts)[] articles, ParallelOptions parallel, out string[] vocabulary)
    {
        var provisionalCount = _next + 1;
        var df = new int[provisionalCount];
        foreach (var (terms, _) in articles)
        {
            foreach (var t in terms) df[t]++;
        }
        var kept = _provisional.Where(p => df[p.Value] >= 2).Select(p => p.Key).ToArray();
        Array.Sort(kept, StringComparer.Ordinal);
        var finalId = new int[provisionalCount];
        Array.Fill(finalId, -1);
        var idf = new double[kept.Length];
        var n = articles.Length;
        for (var i = 0; i < kept.Length; i++)
        {
            var p = _provisional[kept[i]];
            finalId[p] = i;
            idf[i] = Math.Log((1.0 + n) / (1.0 + df[p])) + 1.0;
        }
        vocabulary = kept;

        var vectors = new SparseVector[n];
        Parallel.For(0, n, parallel, a =>
        {
            var (terms, counts) = articles[a];
            var order = new List<(int Id, int Count)>(terms.Length);
            for (var i = 0; i < terms.Length; i++)
            {
                var id = finalId[terms[i]];
                if (id >= 0) order.Add((id, counts[i]));
            }
            order.Sort((x, y) => x.Id.CompareTo(y.Id));
            var outTerms = new int[order.Count];
            var weights = new double[order.Count];
            for (var i = 0; i < order.Count; i++)
            {
                outTerms[i] = order[i].Id;
                weights[i] = (1.0 + Math.Log(order[i].Count)) * idf[order[i].Id];
            }
            vectors[a] = SparseVector.Normalized(outTerms, weights);
        });
        return vectors;
    }
}
