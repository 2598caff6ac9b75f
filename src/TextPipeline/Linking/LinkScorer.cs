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
        Parallel.For(0, n, _parallel, () => (Scratch: new float[n], Touched: new List<int>()), (q, _, local) =>
        {
            candidates[q] = _text[q].IsEmpty ? [] : Candidates(q, local.Scratch, local.Touched);
            result[q] = Best(q, candidates[q], expand > 0 ? Math.Max(k, expand) : k);
            return local;
        }, _ => { });
        if (expand <= 0) return result;

        var expanded = new SparseVector[n];
        Parallel.For(0, n, _parallel, q => expanded[q] = Expand(q, result[q].Take(expand).Select(r => r.Article)));
        _text = expanded;
        Parallel.For(0, n, _parallel, q => result[q] = Best(q, candidates[q], k));
        return result;
    }

    private int[] Candidates(int q, float[] scratch, List<int> touched)
    {
        touched.Clear();
        _index.Accumulate(q, _text[q], scratch, touched);
        var candidates = new List<(int Article, float Partial)>(touched.Count);
        foreach (var d in touched)
        {
            if (d != q && !_duplicates.SameGroup(q, d)) candidates.Add((d, scratch[d]));
            scratch[d] = 0;
        }
        candidates.Sort((x, y) => x.Partial != y.Partial ? y.Partial.CompareTo(x.Partial) : x.Article.CompareTo(y.Article));
        return [.. candidates.Take(_options.Candidates).Select(c => c.Article)];
    }

    private (int Article, double Score)[] Best(int q, int[] candidates, int k)
    {
        var scored = new (int Article, double Score)[candidates.Length];
        for (var i = 0; i < candidates.Length; i++) scored[i] = (candidates[i], Score(q, candidates[i]));
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
        foreach (var nb in list)
        {
            var v = _text[nb];
            for (var i = 0; i < v.Terms.Length; i++) sum[v.Terms[i]] = sum.GetValueOrDefault(v.Terms[i]) + _options.ExpansionWeight * v.Weights[i] / list.Count;
        }
        var kept = sum.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(ExpandedTerms).OrderBy(p => p.Key).ToArray();
        return SparseVector.Normalized([.. kept.Select(p => p.Key)], [.. kept.Select(p => p.Value)]);
    }

    private const int ExpandedTerms = 300;

    public double Score(int a, int b)
    {
        var total = _options.TextWeight * _text[a].Dot(_text[b]);
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
