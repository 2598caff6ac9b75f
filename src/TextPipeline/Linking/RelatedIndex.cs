using System.Collections.Immutable;

namespace TextPipeline.Linking;

/// <summary>Which articles of an index may be linked: canonical copies only, and never one of the querying article's copies.</summary>
internal interface IDuplicateView
{
    bool IsCanonical(int slot);

    bool SameGroup(int a, int b);
}

/// <summary>
/// Finds each article's most similar canonical articles without comparing all pairs. Every article offers its
/// <see cref="LinkingOptions.IndexTermsPerArticle"/> heaviest terms; each term's offers are ranked (heavier first, then
/// by ordinal id) and the first <see cref="LinkingOptions.MaxPostings"/> make its posting list: an article
/// <em>indexes</em> a term when it makes that list. Two articles are candidates for each other when they index a
/// common term, a symmetric relation: a run after an edit recomputes only the articles that share an indexed term
/// with an article whose content or indexed terms changed, and gets exactly what a run from scratch gives. The cap
/// bounds a query to <c>IndexTermsPerArticle × MaxPostings</c> postings whatever the corpus size. For a query,
/// candidates are ranked by the partial dot product over shared indexed terms, the best
/// <see cref="LinkingOptions.Candidates"/> are scored exactly, and the top K kept; ties break by ordinal id.
/// Articles live in slots: a run fills slot i with its i-th article (all at once, sorting each term's offers once);
/// the server adds and removes articles one at a time (<see cref="Add"/>, <see cref="Remove"/>; an arrival can push
/// the last article out of a full list and a departure let the next one in, see <see cref="AtTheCut"/>), and queries
/// with an article that is not in the index (<see cref="QueryUnstored"/>) for <c>POST /v1/analyze</c>.
/// Not thread-safe for writes: callers serialise them; queries may run in parallel between writes.
/// </summary>
internal sealed class RelatedIndex
{
    private readonly LinkingOptions _options;
    private readonly List<Slot?> _slots = [];
    private readonly Stack<int> _free = new();
    // Every offer of a term, best first; the first MaxPostings are its posting list.
    private readonly Dictionary<ulong, List<Offer>> _offers = [];

    /// <summary>An article in the index; <see cref="Indexes"/>[i] says whether it made the list of its i-th offered term.</summary>
    private sealed class Slot(string id, ArticleVectors vectors, (ulong Term, float Weight)[] offered)
    {
        public string Id { get; } = id;

        public ArticleVectors Vectors { get; } = vectors;

        public (ulong Term, float Weight)[] Offered { get; } = offered;

        public bool[] Indexes { get; } = new bool[offered.Length];
    }

    /// <param name="Position">Where the term is in the slot's <see cref="Slot.Offered"/>.</param>
    private readonly record struct Offer(int Slot, float Weight, int Position);

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
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(vectors);
        for (var a = 0; a < vectors.Length; a++)
        {
            var slot = new Slot(ids[a], vectors[a], TopTerms(vectors[a].Text, options.IndexTermsPerArticle));
            _slots.Add(slot);
            for (var p = 0; p < slot.Offered.Length; p++)
            {
                var (term, weight) = slot.Offered[p];
                if (!_offers.TryGetValue(term, out var list)) _offers[term] = list = [];
                list.Add(new Offer(a, weight, p));
            }
        }
        // One sort per term (O(N log N) in all), then the first MaxPostings of each list index it.
        var comparer = Comparer<Offer>.Create(Compare);
        foreach (var list in _offers.Values)
        {
            if (list.Count > 1) list.Sort(comparer);
            for (var i = 0; i < Math.Min(list.Count, options.MaxPostings); i++) Get(list[i].Slot).Indexes[list[i].Position] = true;
        }
    }

    /// <summary>Canonical copies and duplicate groups, by slot (the server swaps in a new view after each change).</summary>
    public IDuplicateView Duplicates { get; set; }

    /// <summary>Number of slots ever used (some may be free).</summary>
    public int Capacity => _slots.Count;

    /// <summary>
    /// Puts an article in a free slot (the lowest index first when filled in order) and returns the slot. Where it
    /// makes a full posting list, the article that was last in it no longer indexes that term.
    /// </summary>
    public int Add(string id, ArticleVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(vectors);
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
        var comparer = Comparer<Offer>.Create(Compare);
        for (var p = 0; p < entry.Offered.Length; p++)
        {
            var (term, weight) = entry.Offered[p];
            if (!_offers.TryGetValue(term, out var list)) _offers[term] = list = [];
            var offer = new Offer(slot, weight, p);
            var at = ~list.BinarySearch(offer, comparer);
            list.Insert(at, offer);
            if (at >= _options.MaxPostings) continue;
            entry.Indexes[p] = true;
            if (list.Count > _options.MaxPostings)
            {
                var pushed = list[_options.MaxPostings];
                Get(pushed.Slot).Indexes[pushed.Position] = false;
            }
        }
        return slot;
    }

    /// <summary>
    /// Takes an article out of the index; its slot may be reused. Where it leaves a posting list that had more
    /// offers than fit, the first article left out now indexes that term.
    /// </summary>
    public void Remove(int slot)
    {
        var entry = Get(slot);
        var comparer = Comparer<Offer>.Create(Compare);
        for (var p = 0; p < entry.Offered.Length; p++)
        {
            var (term, weight) = entry.Offered[p];
            var list = _offers[term];
            var at = list.BinarySearch(new Offer(slot, weight, p), comparer);
            list.RemoveAt(at);
            if (list.Count == 0) _offers.Remove(term);
            else if (at < _options.MaxPostings && list.Count >= _options.MaxPostings)
            {
                var admitted = list[_options.MaxPostings - 1];
                Get(admitted.Slot).Indexes[admitted.Position] = true;
            }
        }
        _slots[slot] = null;
        _free.Push(slot);
    }

    /// <summary>
    /// The articles whose indexed terms a change to these terms' lists can change: for each term with a full list,
    /// the last article in it (an arrival pushes it out) and the first left out (a departure lets it in). An update
    /// (one departure and one arrival per list) changes no other article's indexed terms.
    /// </summary>
    public IEnumerable<int> AtTheCut(IEnumerable<ulong> terms)
    {
        var max = _options.MaxPostings;
        foreach (var term in terms)
        {
            if (!_offers.TryGetValue(term, out var list) || list.Count < max) continue;
            yield return list[max - 1].Slot;
            if (list.Count > max) yield return list[max].Slot;
        }
    }

    /// <summary>The terms an article stored with these vectors would offer (its heaviest, whether or not it makes their lists).</summary>
    public IEnumerable<ulong> OfferedTerms(ArticleVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        return TopTerms(vectors.Text, _options.IndexTermsPerArticle).Select(t => t.Term);
    }

    /// <summary>The terms a stored article offers (indexed or not).</summary>
    public IEnumerable<ulong> OfferedTerms(int slot) => Get(slot).Offered.Select(t => t.Term);

    public string IdOf(int slot) => Get(slot).Id;

    public ArticleVectors VectorsOf(int slot) => Get(slot).Vectors;

    /// <summary>Every article that indexes a term <paramref name="slot"/> indexes (its candidates, and those it is a candidate of).</summary>
    public IEnumerable<int> Neighbourhood(int slot)
    {
        var seen = new HashSet<int>();
        foreach (var (term, _) in Indexed(slot))
        {
            foreach (var other in ArticlesIndexing(term))
            {
                if (other != slot && seen.Add(other)) yield return other;
            }
        }
    }

    /// <summary>The articles (by slot) that index <paramref name="term"/>.</summary>
    public IEnumerable<int> ArticlesIndexing(ulong term)
    {
        if (!_offers.TryGetValue(term, out var list)) yield break;
        for (var i = 0; i < Math.Min(list.Count, _options.MaxPostings); i++) yield return list[i].Slot;
    }

    /// <summary>The terms an article indexes, heaviest first.</summary>
    public ImmutableArray<ulong> IndexedTerms(int slot) => [.. Indexed(slot).Select(t => t.Term)];

    /// <summary>
    /// The <paramref name="k"/> best links of the article in <paramref name="slot"/>: canonical articles outside its
    /// duplicate group, best first. <paramref name="scratch"/> is the calling thread's (<see cref="NewScratch"/>; a
    /// new one when null).
    /// </summary>
    public ImmutableArray<(int Article, double Score)> Query(int slot, int k, QueryScratch? scratch = null)
    {
        var entry = Get(slot);
        if (k <= 0 || entry.Vectors.Text.IsEmpty) return [];
        scratch ??= NewScratch();
        AddPartials(scratch, Indexed(slot), other => other == slot || !Duplicates.IsCanonical(other) || Duplicates.SameGroup(slot, other));
        return Scored(entry.Vectors, k, TakeBest(scratch));
    }

    /// <summary>
    /// The <paramref name="k"/> best links of an article that is not in the index (vectors computed as for a stored
    /// one), as they would be once it is stored in place of the article in <paramref name="replaces"/> (if any): it
    /// indexes the terms whose lists it would make, next to the articles that would stay in them. Candidates are
    /// canonical articles that <paramref name="excluded"/> does not rule out (its own copies, the stored version).
    /// </summary>
    public ImmutableArray<(int Article, double Score)> QueryUnstored(string id, ArticleVectors vectors, int k, int? replaces, Func<int, bool> excluded)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(excluded);
        if (k <= 0 || vectors.Text.IsEmpty) return [];
        var scratch = NewScratch();
        var partial = scratch.Partial;
        foreach (var (term, weight) in TopTerms(vectors.Text, _options.IndexTermsPerArticle))
        {
            if (!_offers.TryGetValue(term, out var list)) continue;
            // The list as it would be: without the replaced version, with this article at its rank, cut at MaxPostings.
            var kept = new List<Offer>();
            var placed = false;
            var count = 0;
            foreach (var offer in list)
            {
                if (offer.Slot == replaces) continue;
                if (count >= _options.MaxPostings) break;
                if (!placed && Precedes(weight, id, offer.Weight, IdOf(offer.Slot)))
                {
                    placed = true;
                    if (++count >= _options.MaxPostings) break;
                }
                kept.Add(offer);
                count++;
            }
            if (!placed && count >= _options.MaxPostings) continue;
            foreach (var offer in kept)
            {
                if (!Duplicates.IsCanonical(offer.Slot) || excluded(offer.Slot)) continue;
                if (!scratch.IsTouched(offer.Slot)) scratch.Touch(offer.Slot);
                partial[offer.Slot] += weight * offer.Weight;
            }
        }
        return Scored(vectors, k, TakeBest(scratch));
    }

    /// <summary>
    /// The <see cref="LinkingOptions.Candidates"/> best-ranked candidates of <paramref name="slot"/>, the only ones its
    /// query scores exactly: an article that is not among them cannot change the query's result by arriving or leaving.
    /// </summary>
    public HashSet<int> ScoredCandidates(int slot, QueryScratch? scratch = null)
    {
        var entry = Get(slot);
        if (entry.Vectors.Text.IsEmpty) return [];
        scratch ??= NewScratch();
        AddPartials(scratch, Indexed(slot), other => other == slot || !Duplicates.IsCanonical(other) || Duplicates.SameGroup(slot, other));
        return [.. TakeBest(scratch).Select(c => c.Article)];
    }

    /// <summary>A thread's working memory for queries (sized to the slots in use when it is made).</summary>
    public QueryScratch NewScratch() => new(this, _slots.Count);

    /// <summary>Partial dot products over shared indexed terms, summed in the querying article's term order.</summary>
    private void AddPartials(QueryScratch scratch, IEnumerable<(ulong Term, float Weight)> indexed, Func<int, bool> skip)
    {
        var partial = scratch.Partial;
        var max = _options.MaxPostings;
        foreach (var (term, weight) in indexed)
        {
            var list = _offers[term];
            var n = Math.Min(list.Count, max);
            for (var i = 0; i < n; i++)
            {
                var (other, w, _) = list[i];
                if (skip(other)) continue;
                if (!scratch.IsTouched(other)) scratch.Touch(other);
                partial[other] += weight * w;
            }
        }
    }

    /// <summary>The best <see cref="LinkingOptions.Candidates"/> touched articles by partial score (then by id); clears the scratch.</summary>
    private List<(float Partial, int Article)> TakeBest(QueryScratch scratch)
    {
        var partial = scratch.Partial;
        var best = scratch.Best;
        best.Clear();
        foreach (var other in scratch.Touched)
        {
            var candidate = (Partial: partial[other], Article: other);
            if (best.Count < _options.Candidates) best.Enqueue(candidate, candidate);
            else if (scratch.Worse(best.Peek(), candidate)) best.EnqueueDequeue(candidate, candidate);
            partial[other] = 0;
        }
        scratch.Untouch();
        var taken = new List<(float Partial, int Article)>(best.Count);
        while (best.TryDequeue(out var c, out _)) taken.Add(c);
        return taken;
    }

    private ImmutableArray<(int Article, double Score)> Scored(ArticleVectors vectors, int k, List<(float Partial, int Article)> candidates)
    {
        var scored = candidates.Select(c => (c.Article, Score: Score(vectors, VectorsOf(c.Article)))).ToList();
        scored.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(IdOf(x.Article), IdOf(y.Article)));
        return [.. scored.Take(k)];
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

    private IEnumerable<(ulong Term, float Weight)> Indexed(int slot)
    {
        var entry = Get(slot);
        for (var p = 0; p < entry.Offered.Length; p++)
        {
            if (entry.Indexes[p]) yield return entry.Offered[p];
        }
    }

    private Slot Get(int slot) => _slots[slot] ?? throw new InvalidOperationException($"slot {slot} is free");

    /// <summary>Offers rank heavier first, then by ordinal id (a run's slot order is id order).</summary>
    private int Compare(Offer x, Offer y) =>
        x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Slot == y.Slot ? 0 : string.CompareOrdinal(IdOf(x.Slot), IdOf(y.Slot));

    private static bool Precedes(float weight, string id, float otherWeight, string otherId) =>
        weight != otherWeight ? weight > otherWeight : string.CompareOrdinal(id, otherId) < 0;

    /// <summary>The vector's heaviest terms, ties by id.</summary>
    private static (ulong Term, float Weight)[] TopTerms(SparseVector vector, int count)
    {
        var terms = vector.Terms.Select((t, i) => (Term: t, Weight: vector.Weights[i])).ToArray();
        Array.Sort(terms, (x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term));
        return terms.Length <= count ? terms : terms[..count];
    }

    /// <summary>
    /// One thread's scratch for queries: partial scores by slot, the slots touched, and the bounded heap of the best
    /// candidates (its order puts the worst kept candidate on top: lower partial, then larger id).
    /// </summary>
    internal sealed class QueryScratch
    {
        private readonly RelatedIndex _index;
        private readonly bool[] _touched;

        public QueryScratch(RelatedIndex index, int slots)
        {
            _index = index;
            Partial = new float[slots];
            _touched = new bool[slots];
            Best = new(Comparer<(float Partial, int Article)>.Create((x, y) => Worse(x, y) ? -1 : Worse(y, x) ? 1 : 0));
        }

        public float[] Partial { get; }

        public List<int> Touched { get; } = [];

        public PriorityQueue<(float Partial, int Article), (float Partial, int Article)> Best { get; }

        /// <summary>Whether <paramref name="x"/> ranks below <paramref name="y"/> (lower partial, then larger id).</summary>
        public bool Worse((float Partial, int Article) x, (float Partial, int Article) y) =>
            x.Partial != y.Partial ? x.Partial < y.Partial : string.CompareOrdinal(_index.IdOf(x.Article), _index.IdOf(y.Article)) > 0;

        public bool IsTouched(int slot) => _touched[slot];

        public void Touch(int slot)
        {
            _touched[slot] = true;
            Touched.Add(slot);
        }

        /// <summary>Clears the touched marks (the partial scores were cleared as they were read).</summary>
        public void Untouch()
        {
            foreach (var a in Touched) _touched[a] = false;
            Touched.Clear();
        }
    }
}
