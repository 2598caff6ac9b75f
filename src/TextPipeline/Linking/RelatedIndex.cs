using System.Collections.Immutable;

namespace TextPipeline.Linking;

/// <summary>
/// Finds each article's most similar canonical articles without comparing all pairs. Every article offers its
/// <see cref="LinkingOptions.IndexTermsPerArticle"/> heaviest terms to the inverted index; each term's posting list
/// keeps the <see cref="LinkingOptions.MaxPostings"/> articles that weigh it most (ties by id), and an article
/// <em>indexes</em> a term when it is in that term's list. Two articles are candidates for each other when they index
/// a common term: a symmetric relation, which is what lets a run after an edit recompute only the articles that share
/// an indexed term with an article whose content or indexed terms changed and get exactly what a run from scratch
/// gives. The cap bounds a query to <c>IndexTermsPerArticle × MaxPostings</c> postings whatever the corpus size, so
/// the index costs O(N log N) (the sort of each term's offers) and the queries O(N). For a query, candidates are
/// ranked by the partial dot product over shared indexed terms, the best <see cref="LinkingOptions.Candidates"/> are
/// scored exactly, and the top K kept; ties break by id.
/// </summary>
internal sealed class RelatedIndex
{
    private readonly ArticleVectors[] _vectors;
    private readonly DuplicateSets _duplicates;
    private readonly LinkingOptions _options;
    private readonly (ulong Term, float Weight)[][] _indexed;
    private readonly Dictionary<ulong, (int Article, float Weight)[]> _postings;

    /// <param name="vectors">Per article, in id order (index order is id order, so ties by index are ties by id).</param>
    public RelatedIndex(ArticleVectors[] vectors, DuplicateSets duplicates, LinkingOptions options)
    {
        _vectors = vectors;
        _duplicates = duplicates;
        _options = options;
        var offered = vectors.Select(v => TopTerms(v.Text, options.IndexTermsPerArticle)).ToArray();
        var lists = new Dictionary<ulong, List<(int Article, float Weight)>>();
        for (var a = 0; a < vectors.Length; a++)
        {
            foreach (var (term, weight) in offered[a])
            {
                if (!lists.TryGetValue(term, out var list)) lists[term] = list = [];
                list.Add((a, weight));
            }
        }
        // Each list keeps the articles that weigh the term most; the last one kept is the bar the others fall under.
        _postings = new Dictionary<ulong, (int Article, float Weight)[]>(lists.Count);
        var bars = new Dictionary<ulong, (int Article, float Weight)>();
        foreach (var (term, list) in lists)
        {
            if (list.Count > options.MaxPostings)
            {
                list.Sort(static (x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Article.CompareTo(y.Article));
                list.RemoveRange(options.MaxPostings, list.Count - options.MaxPostings);
                bars[term] = list[^1];
                list.Sort(static (x, y) => x.Article.CompareTo(y.Article));
            }
            _postings[term] = [.. list];
        }
        _indexed = new (ulong Term, float Weight)[vectors.Length][];
        for (var a = 0; a < vectors.Length; a++)
        {
            var article = a;
            _indexed[a] = [.. offered[a].Where(t => !bars.TryGetValue(t.Term, out var bar) || Kept(article, t.Weight, bar))];
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

    /// <summary>
    /// The <paramref name="k"/> best links of <paramref name="article"/>: canonical articles outside its duplicate group,
    /// best first. <paramref name="scratch"/> is the calling thread's (see <see cref="NewScratch"/>).
    /// </summary>
    public ImmutableArray<(int Article, double Score)> Query(int article, int k, QueryScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        if (k <= 0 || _vectors[article].Text.IsEmpty) return [];
        // Partial dot products in a dense array (touched slots remembered and cleared after): no dictionary per query.
        var partial = scratch.Partial;
        var touched = scratch.Touched;
        touched.Clear();
        foreach (var (term, weight) in _indexed[article])
        {
            foreach (var (other, w) in _postings[term])
            {
                if (other == article || !_duplicates.IsCanonical(other) || _duplicates.SameGroup(article, other)) continue;
                if (!scratch.IsTouched(other)) scratch.Touch(other);
                partial[other] += weight * w;
            }
        }
        // The best C by partial score (then by id), kept in a bounded heap whose top is the worst kept; scored exactly.
        var best = scratch.Best;
        best.Clear();
        foreach (var other in touched)
        {
            var candidate = (Partial: partial[other], Article: other);
            if (best.Count < _options.Candidates) best.Enqueue(candidate, candidate);
            else if (Better(candidate, best.Peek())) best.EnqueueDequeue(candidate, candidate);
            partial[other] = 0;
        }
        scratch.Untouch();
        var scored = new List<(int Article, double Score)>(best.Count);
        while (best.TryDequeue(out var c, out _)) scored.Add((c.Article, Score(article, c.Article)));
        scored.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Article.CompareTo(y.Article));
        return [.. scored.Take(k)];
    }

    /// <summary>A thread's working memory for <see cref="Query"/>.</summary>
    public QueryScratch NewScratch() => new(_vectors.Length);

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

    /// <summary>Higher partial score first, then lower id.</summary>
    private static bool Better((float Partial, int Article) x, (float Partial, int Article) y) =>
        x.Partial != y.Partial ? x.Partial > y.Partial : x.Article < y.Article;

    /// <summary>Whether an article offering a term with this weight makes a capped list whose last kept entry is <paramref name="bar"/>.</summary>
    private static bool Kept(int article, float weight, (int Article, float Weight) bar) =>
        weight != bar.Weight ? weight > bar.Weight : article <= bar.Article;

    /// <summary>The vector's heaviest terms, ties by id.</summary>
    private static (ulong Term, float Weight)[] TopTerms(SparseVector vector, int count)
    {
        var terms = vector.Terms.Select((t, i) => (Term: t, Weight: vector.Weights[i])).ToArray();
        Array.Sort(terms, (x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term));
        return terms.Length <= count ? terms : terms[..count];
    }

    /// <summary>
    /// One thread's scratch for queries: partial scores by article, the articles touched, and the bounded heap of the
    /// best candidates (its order puts the worst kept candidate on top).
    /// </summary>
    internal sealed class QueryScratch
    {
        private readonly bool[] _touched;

        public QueryScratch(int articles)
        {
            Partial = new float[articles];
            _touched = new bool[articles];
        }

        public float[] Partial { get; }

        public List<int> Touched { get; } = [];

        public PriorityQueue<(float Partial, int Article), (float Partial, int Article)> Best { get; } = new(Comparer<(float Partial, int Article)>.Create(
            static (x, y) => x.Partial != y.Partial ? x.Partial.CompareTo(y.Partial) : y.Article.CompareTo(x.Article)));

        public bool IsTouched(int article) => _touched[article];

        public void Touch(int article)
        {
            _touched[article] = true;
            Touched.Add(article);
        }

        /// <summary>Clears the touched marks (the partial scores were cleared as they were read).</summary>
        public void Untouch()
        {
            foreach (var a in Touched) _touched[a] = false;
            Touched.Clear();
        }
    }
}
