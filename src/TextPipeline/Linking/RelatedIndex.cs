using System.Collections.Immutable;

namespace TextPipeline.Linking;

/// <summary>Which articles of an index may be linked: canonical copies only, and never one of the querying article's copies.</summary>
internal interface IDuplicateView
{
    bool IsCanonical(int slot);

    bool SameGroup(int a, int b);
}

/// <summary>
/// Finds each article's most similar canonical articles without comparing all pairs. Every article indexes its
/// <see cref="LinkingOptions.IndexTermsPerArticle"/> heaviest terms; two articles are candidates for each other when
/// they index a common term (a symmetric relation, which is what lets a run after an edit recompute only the
/// articles that share an indexed term with the edited one and get exactly what a run from scratch gives). For a
/// query, candidates are ranked by the partial dot product over shared indexed terms, the best
/// <see cref="LinkingOptions.Candidates"/> are scored exactly, and the top K kept; ties break by ordinal id.
/// Articles live in slots: a run fills slot i with its i-th article; the server adds and removes articles one at a
/// time (<see cref="Add"/>, <see cref="Remove"/>), and queries with an article that is not in the index
/// (<see cref="QueryUnstored"/>) for <c>POST /v1/analyze</c>. Not thread-safe for writes: callers serialise them.
/// </summary>
internal sealed class RelatedIndex
{
    private readonly LinkingOptions _options;
    private readonly List<Slot?> _slots = [];
    private readonly Stack<int> _free = new();
    private readonly Dictionary<ulong, List<(int Slot, float Weight)>> _postings = [];

    private sealed record Slot(string Id, ArticleVectors Vectors, (ulong Term, float Weight)[] Indexed);

    public RelatedIndex(LinkingOptions options, IDuplicateView duplicates)
    {
        _options = options;
        Duplicates = duplicates;
    }

    /// <param name="ids">Article ids, slot i for the i-th.</param>
    /// <param name="vectors">Per article, same order.</param>
    public RelatedIndex(IReadOnlyList<string> ids, ArticleVectors[] vectors, IDuplicateView duplicates, LinkingOptions options)
        : this(options, duplicates)
    {
        for (var a = 0; a < vectors.Length; a++) Add(ids[a], vectors[a]);
    }

    /// <summary>Canonical copies and duplicate groups, by slot (the server swaps in a new view after each change).</summary>
    public IDuplicateView Duplicates { get; set; }

    /// <summary>Number of slots ever used (some may be free).</summary>
    public int Capacity => _slots.Count;

    /// <summary>Puts an article in a free slot (the lowest index first when filled in order) and returns the slot.</summary>
    public int Add(string id, ArticleVectors vectors)
    {
        var entry = new Slot(id, vectors, TopTerms(vectors.Text, _options.IndexTermsPerArticle));
        int slot;
        if (_free.Count > 0)
        {
            slot = _free.Pop();
            _slots[slot] = entry;
        }
        else
        {
            slot = _slots.Count;
            _slots.Add(entry);
        }
        foreach (var (term, weight) in entry.Indexed)
        {
            if (!_postings.TryGetValue(term, out var list)) _postings[term] = list = [];
            list.Add((slot, weight));
        }
        return slot;
    }

    /// <summary>Takes an article out of the index; its slot may be reused.</summary>
    public void Remove(int slot)
    {
        var entry = _slots[slot] ?? throw new InvalidOperationException($"slot {slot} is free");
        foreach (var (term, _) in entry.Indexed)
        {
            var list = _postings[term];
            list.RemoveAt(list.FindIndex(p => p.Slot == slot));
            if (list.Count == 0) _postings.Remove(term);
        }
        _slots[slot] = null;
        _free.Push(slot);
    }

    public string IdOf(int slot) => Get(slot).Id;

    public ArticleVectors VectorsOf(int slot) => Get(slot).Vectors;

    /// <summary>Every article that indexes a term <paramref name="slot"/> indexes (its candidates, and those it is a candidate of).</summary>
    public IEnumerable<int> Neighbourhood(int slot)
    {
        var seen = new HashSet<int>();
        foreach (var (term, _) in Get(slot).Indexed)
        {
            foreach (var (other, _) in _postings[term])
            {
                if (other != slot && seen.Add(other)) yield return other;
            }
        }
    }

    /// <summary>The articles (by slot) that index <paramref name="term"/>.</summary>
    public IEnumerable<int> ArticlesIndexing(ulong term) =>
        _postings.TryGetValue(term, out var list) ? list.Select(p => p.Slot) : [];

    /// <summary>The terms an article indexes, heaviest first.</summary>
    public ImmutableArray<ulong> IndexedTerms(int slot) => [.. Get(slot).Indexed.Select(t => t.Term)];

    /// <summary>The <paramref name="k"/> best links of the article in <paramref name="slot"/>: canonical articles outside its duplicate group, best first.</summary>
    public ImmutableArray<(int Article, double Score)> Query(int slot, int k)
    {
        var entry = Get(slot);
        return Best(entry.Vectors, entry.Indexed, k, other => other == slot || !Duplicates.IsCanonical(other) || Duplicates.SameGroup(slot, other));
    }

    /// <summary>
    /// The <paramref name="k"/> best links of an article that is not in the index (vectors computed as for a stored
    /// one), among canonical articles that <paramref name="excluded"/> does not rule out (its own copies, or the
    /// stored version of itself).
    /// </summary>
    public ImmutableArray<(int Article, double Score)> QueryUnstored(ArticleVectors vectors, int k, Func<int, bool> excluded)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(excluded);
        return Best(vectors, TopTerms(vectors.Text, _options.IndexTermsPerArticle), k, other => !Duplicates.IsCanonical(other) || excluded(other));
    }

    /// <summary>
    /// True when <paramref name="candidate"/> is among the <see cref="LinkingOptions.Candidates"/> best-ranked
    /// candidates of <paramref name="slot"/>, the only ones its query scores exactly: an article that is not there
    /// cannot change the query's result by arriving or leaving.
    /// </summary>
    public bool IsScoredCandidate(int slot, int candidate)
    {
        var entry = Get(slot);
        if (entry.Vectors.Text.IsEmpty || candidate == slot || !Duplicates.IsCanonical(candidate) || Duplicates.SameGroup(slot, candidate)) return false;
        var partial = Partials(entry.Indexed, other => other == slot || !Duplicates.IsCanonical(other) || Duplicates.SameGroup(slot, other));
        if (!partial.TryGetValue(candidate, out var own)) return false;
        var id = IdOf(candidate);
        var better = 0;
        foreach (var (other, p) in partial)
        {
            if (p > own || (p == own && string.CompareOrdinal(IdOf(other), id) < 0))
            {
                if (++better >= _options.Candidates) return false;
            }
        }
        return true;
    }

    private ImmutableArray<(int Article, double Score)> Best(ArticleVectors vectors, (ulong Term, float Weight)[] indexed, int k, Func<int, bool> skip)
    {
        if (k <= 0 || vectors.Text.IsEmpty) return [];
        // The best C by partial score (then by id), scored exactly.
        var candidates = Partials(indexed, skip).Select(p => (Partial: p.Value, Article: p.Key)).ToList();
        candidates.Sort((x, y) => x.Partial != y.Partial ? y.Partial.CompareTo(x.Partial) : string.CompareOrdinal(IdOf(x.Article), IdOf(y.Article)));
        if (candidates.Count > _options.Candidates) candidates.RemoveRange(_options.Candidates, candidates.Count - _options.Candidates);
        var scored = candidates.Select(c => (c.Article, Score: Score(vectors, VectorsOf(c.Article)))).ToList();
        scored.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(IdOf(x.Article), IdOf(y.Article)));
        return [.. scored.Take(k)];
    }

    /// <summary>Partial dot products over shared indexed terms, summed in the querying article's term order.</summary>
    private Dictionary<int, float> Partials((ulong Term, float Weight)[] indexed, Func<int, bool> skip)
    {
        var partial = new Dictionary<int, float>();
        foreach (var (term, weight) in indexed)
        {
            if (!_postings.TryGetValue(term, out var postings)) continue;
            foreach (var (other, w) in postings)
            {
                if (skip(other)) continue;
                partial[other] = partial.GetValueOrDefault(other) + weight * w;
            }
        }
        return partial;
    }

    /// <summary>Blended similarity of two stored articles (see <see cref="Score(ArticleVectors, ArticleVectors)"/>).</summary>
    public double Score(int a, int b) => Score(VectorsOf(a), VectorsOf(b));

    /// <summary>Blended similarity: text cosine always; topic and entity cosines when both articles have them; 0..1, 4 decimals.</summary>
    public double Score(ArticleVectors x, ArticleVectors y)
    {
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

    private Slot Get(int slot) => _slots[slot] ?? throw new InvalidOperationException($"slot {slot} is free");

    /// <summary>The vector's heaviest terms, ties by id.</summary>
    private static (ulong Term, float Weight)[] TopTerms(SparseVector vector, int count)
    {
        var terms = vector.Terms.Select((t, i) => (Term: t, Weight: vector.Weights[i])).ToArray();
        Array.Sort(terms, (x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term));
        return terms.Length <= count ? terms : terms[..count];
    }
}
