using System.Collections.Immutable;
using TextPipeline.Pipeline;

namespace TextPipeline.Linking;

/// <summary>
/// Scores candidate links: the blended similarity of term vectors (always), topic mixtures and canonical entities
/// (each only when both articles have them; the weights of missing parts are left out, so scores stay in 0..1).
/// </summary>
internal sealed class LinkScorer
{
    private SparseVector[] _text;
    private readonly SparseVector[] _topics;
    private readonly SparseVector[] _entities;
    private readonly DuplicateSets _duplicates;
    private readonly LinkingOptions _options;
    private readonly ParallelOptions _parallel;
    private readonly CandidateIndex _index;

    public LinkScorer(ImmutableArray<ArticleAnalysis> articles, SparseVector[] text, DuplicateSets duplicates, LinkingOptions options, ParallelOptions parallel)
    {
        _text = text;
        _duplicates = duplicates;
        _options = options;
        _parallel = parallel;
        _topics = [.. articles.Select(TopicVector)];
        _entities = EntityVectors(articles);
        _index = new CandidateIndex(text, i => duplicates.IsCanonical(i), options.IndexTermsPerArticle, options.MaxPostings, parallel);
    }

    /// <summary>
    /// The <paramref name="k"/> best links of every article, best first, ties by article index (= id order). With
    /// expansion on, each vector is first blended with the mean of its nearest neighbours' (Rocchio-style pseudo
    /// relevance feedback), and the same candidates are re-scored with the expanded vectors.
    /// </summary>
    public (int Article, double Score)[][] TopK(int k)
    {
        var n = _text.Length;
        if (k == 0) return [.. Enumerable.Repeat(Array.Empty<(int, double)>(), n)];
        var expand = _options.ExpansionNeighbours;
        var candidates = new int[n][];
        var result = new (int Article, double Score)[n][];
        var vocabularySize = _text.Max(v => v.IsEmpty ? 0 : v.Terms[^1] + 1);
        Parallel.For(0, n, _parallel, () => (Scratch: new float[n], Touched: new List<int>(), Dense: new float[vocabularySize]), (q, _, local) =>
        {
            candidates[q] = _text[q].IsEmpty ? [] : Candidates(q, local.Scratch, local.Touched);
            result[q] = Best(q, candidates[q], expand > 0 ? Math.Max(k, expand) : k, local.Dense);
            return local;
        }, _ => { });
        if (expand <= 0) return result;

        var expanded = new SparseVector[n];
        Parallel.For(0, n, _parallel, q => expanded[q] = Expand(q, result[q].Take(expand).Where(r => r.Score >= MinimumNeighbourScore).Select(r => r.Article)));
        _text = expanded;
        Parallel.For(0, n, _parallel, () => new float[vocabularySize], (q, _, dense) =>
        {
            result[q] = Best(q, candidates[q], k, dense);
            return dense;
        }, _ => { });
        return result;
    }

    private int[] Candidates(int q, float[] scratch, List<int> touched)
    {
        touched.Clear();
        _index.Accumulate(q, _text[q], scratch, touched);
        // Keep the best C by partial score with a bounded heap (its root is the worst kept), not a full sort:
        // popular terms can touch thousands of articles.
        var limit = _options.Candidates;
        var heap = new PriorityQueue<int, (float Partial, int Article)>(limit + 1, WorstFirst.Instance);
        foreach (var d in touched)
        {
            var partial = scratch[d];
            scratch[d] = 0;
            if (d == q || _duplicates.SameGroup(q, d)) continue;
            if (heap.Count < limit) heap.Enqueue(d, (partial, d));
            else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((partial, d), worst) > 0) heap.EnqueueDequeue(d, (partial, d));
        }
        var result = new (float Partial, int Article)[heap.Count];
        for (var i = 0; heap.TryDequeue(out var d, out var key); i++) result[i] = key;
        Array.Sort(result, (x, y) => WorstFirst.Instance.Compare(y, x));
        return [.. result.Select(r => r.Article)];
    }

    /// <summary>Orders (partial score, article) worst first: lower score, then larger index (ids break ties).</summary>
    private sealed class WorstFirst : IComparer<(float Partial, int Article)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Partial, int Article) x, (float Partial, int Article) y) =>
            x.Partial != y.Partial ? x.Partial.CompareTo(y.Partial) : y.Article.CompareTo(x.Article);
    }

    /// <summary>Exact scores of the candidates; the query is scattered into <paramref name="dense"/> once so each
    /// cosine walks only the candidate's terms (same products, same ascending order as <see cref="SparseVector.Dot"/>).</summary>
    private (int Article, double Score)[] Best(int q, int[] candidates, int k, float[] dense)
    {
        var query = _text[q];
        for (var i = 0; i < query.Terms.Length; i++) dense[query.Terms[i]] = query.Weights[i];
        var scored = new (int Article, double Score)[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            var other = _text[candidates[i]];
            double cosine = 0;
            for (var j = 0; j < other.Terms.Length; j++) cosine += (double)dense[other.Terms[j]] * other.Weights[j];
            scored[i] = (candidates[i], Score(q, candidates[i], cosine));
        }
        foreach (var t in query.Terms) dense[t] = 0;
        Array.Sort(scored, (x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Article.CompareTo(y.Article));
        return scored.Length <= k ? scored : scored[..k];
    }

    /// <summary>v + w·mean(neighbours), keeping the heaviest terms so vectors stay sparse.</summary>
    private SparseVector Expand(int q, IEnumerable<int> neighbours)
    {
        var sum = new Dictionary<int, double>();
        var own = _text[q];
        for (var i = 0; i < own.Terms.Length; i++) sum[own.Terms[i]] = own.Weights[i];
        var list = neighbours.ToList();
        if (list.Count == 0) return own;
        foreach (var nb in list)
        {
            var v = _text[nb];
            for (var i = 0; i < v.Terms.Length; i++) sum[v.Terms[i]] = sum.GetValueOrDefault(v.Terms[i]) + _options.ExpansionWeight * v.Weights[i] / list.Count;
        }
        var all = sum.ToArray();
        Array.Sort(all, (x, y) => x.Value != y.Value ? y.Value.CompareTo(x.Value) : x.Key.CompareTo(y.Key));
        var kept = all.Length <= ExpandedTerms ? all : all[..ExpandedTerms];
        Array.Sort(kept, (x, y) => x.Key.CompareTo(y.Key));
        return SparseVector.Normalized([.. kept.Select(p => p.Key)], [.. kept.Select(p => p.Value)]);
    }

    private const int ExpandedTerms = 300;

    /// <summary>Only real neighbours feed the expansion: in a small or mixed corpus the 10th "nearest" article may share nothing but a common word.</summary>
    private const double MinimumNeighbourScore = 0.1;

    private double Score(int a, int b, double textCosine)
    {
        var total = _options.TextWeight * textCosine;
        var weights = _options.TextWeight;
        if (!_topics[a].IsEmpty && !_topics[b].IsEmpty)
        {
            total += _options.TopicWeight * _topics[a].Dot(_topics[b]);
            weights += _options.TopicWeight;
        }
        if (!_entities[a].IsEmpty && !_entities[b].IsEmpty)
        {
            total += _options.EntityWeight * _entities[a].Dot(_entities[b]);
            weights += _options.EntityWeight;
        }
        return weights <= 0 ? 0 : Math.Round(Math.Clamp(total / weights, 0, 1), 4);
    }

    private static SparseVector TopicVector(ArticleAnalysis article)
    {
        var topics = article.Topics.OrderBy(t => t.Id).ToArray();
        return SparseVector.Normalized([.. topics.Select(t => t.Id)], [.. topics.Select(t => t.Weight)]);
    }

    /// <summary>Salience-weighted vectors over canonical entity names (ids in ordinal name order).</summary>
    private static SparseVector[] EntityVectors(ImmutableArray<ArticleAnalysis> articles)
    {
        var names = articles.SelectMany(a => a.Entities.Select(e => e.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var ids = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++) ids[names[i]] = i;
        return [.. articles.Select(a =>
        {
            var weights = new SortedDictionary<int, double>();
            foreach (var e in a.Entities)
            {
                var id = ids[e.Name];
                weights[id] = weights.GetValueOrDefault(id) + Math.Max(e.Salience, 0.01);
            }
            return SparseVector.Normalized([.. weights.Keys], [.. weights.Values]);
        })];
    }
}
