using System.Collections.Immutable;

namespace TextPipeline.Linking;

/// <summary>
/// Finds each article's most similar canonical articles without comparing all pairs. Every article indexes its
/// <see cref="LinkingOptions.IndexTermsPerArticle"/> heaviest terms; two articles are candidates for each other when
/// they index a common term (a symmetric relation, which is what lets a run after an edit recompute only the
/// articles that share an indexed term with the edited one and get exactly what a run from scratch gives). For a
/// query, candidates are ranked by the partial dot product over shared indexed terms, the best
/// <see cref="LinkingOptions.Candidates"/> are scored exactly, and the top K kept; ties break by id.
/// </summary>
internal sealed class RelatedIndex
{
    private readonly ArticleVectors[] _vectors;
    private readonly DuplicateSets _duplicates;
    private readonly LinkingOptions _options;
    private readonly (ulong Term, float Weight)[][] _indexed;
    private readonly Dictionary<ulong, List<(int Article, float Weight)>> _postings;

    /// <param name="vectors">Per article, in id order (index order is id order, so ties by index are ties by id).</param>
    public RelatedIndex(ArticleVectors[] vectors, DuplicateSets duplicates, LinkingOptions options)
    {
        _vectors = vectors;
        _duplicates = duplicates;
        _options = options;
        _indexed = [.. vectors.Select(v => TopTerms(v.Text, options.IndexTermsPerArticle))];
        _postings = [];
        for (var a = 0; a < vectors.Length; a++)
        {
            foreach (var (term, weight) in _indexed[a])
            {
                if (!_postings.TryGetValue(term, out var list)) _postings[term] = list = [];
                list.Add((a, weight));
            }
        }
    }

    public int Count => _vectors.Length;

    public ArticleVectors VectorsOf(int article) => _vectors[article];

    /// <summary>Every article that indexes a term <paramref name="article"/> indexes (its candidates, and those it is a candidate of).</summary>
    public IEnumerable<int> Neighbourhood(int article)
    {
        var seen = new HashSet<int>();
        foreach (var (term, _) in _indexed[article])
        {
            foreach (var (other, _) in _postings[term])
            {
                if (other != article && seen.Add(other)) yield return other;
            }
        }
    }

    /// <summary>The articles (by index) that index <paramref name="term"/>.</summary>
    public IEnumerable<int> ArticlesIndexing(ulong term) =>
        _postings.TryGetValue(term, out var list) ? list.Select(p => p.Article) : [];

    /// <summary>The terms an article indexes, heaviest first.</summary>
    public ImmutableArray<ulong> IndexedTerms(int article) => [.. _indexed[article].Select(t => t.Term)];

    /// <summary>The <paramref name="k"/> best links of <paramref name="article"/>: canonical articles outside its duplicate group, best first.</summary>
    public ImmutableArray<(int Article, double Score)> Query(int article, int k)
    {
        if (k <= 0 || _vectors[article].Text.IsEmpty) return [];
        var partial = new Dictionary<int, float>();
        foreach (var (term, weight) in _indexed[article])
        {
            foreach (var (other, w) in _postings[term])
            {
                if (other == article || !_duplicates.IsCanonical(other) || _duplicates.SameGroup(article, other)) continue;
                partial[other] = partial.GetValueOrDefault(other) + weight * w;
            }
        }
        // The best C by partial score (then by id), scored exactly.
        var candidates = partial.Select(p => (Partial: p.Value, Article: p.Key)).ToList();
        candidates.Sort((x, y) => x.Partial != y.Partial ? y.Partial.CompareTo(x.Partial) : x.Article.CompareTo(y.Article));
        if (candidates.Count > _options.Candidates) candidates.RemoveRange(_options.Candidates, candidates.Count - _options.Candidates);
        var scored = candidates.Select(c => (c.Article, Score: Score(article, c.Article))).ToList();
        scored.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Article.CompareTo(y.Article));
        return [.. scored.Take(k)];
    }

    /// <summary>Blended similarity: text cosine always; topic and entity cosines when both articles have them; 0..1, 4 decimals.</summary>
    public double Score(int a, int b)
    {
        var (x, y) = (_vectors[a], _vectors[b]);
        var total = _options.TextWeight * x.Text.Dot(y.Text);
        var weights = _options.TextWeight;
        if (!x.Topics.IsEmpty && !y.Topics.IsEmpty)
        {
            total += _options.TopicWeight * x.Topics.Dot(y.Topics);
            weights += _options.TopicWeight;
        }
        if (!x.Entities.IsEmpty && !y.Entities.IsEmpty)
        {
            total += _options.EntityWeight * x.Entities.Dot(y.Entities);
            weights += _options.EntityWeight;
        }
        return weights <= 0 ? 0 : Math.Round(Math.Clamp(total / weights, 0, 1), 4);
    }

    /// <summary>The vector's heaviest terms, ties by id.</summary>
    private static (ulong Term, float Weight)[] TopTerms(SparseVector vector, int count)
    {
        var terms = vector.Terms.Select((t, i) => (Term: t, Weight: vector.Weights[i])).ToArray();
        Array.Sort(terms, (x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term));
        return terms.Length <= count ? terms : terms[..count];
    }
}
