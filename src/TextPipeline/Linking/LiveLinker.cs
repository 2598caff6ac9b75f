using System.Collections.Immutable;
using TextPipeline.Keyphrases;
using TextPipeline.Pipeline;

namespace TextPipeline.Linking;

/// <summary>
/// The related links of an archive that changes one article at a time (the server's PUT and DELETE), kept equal to
/// what <see cref="RelatedLinker"/> computes for the whole archive at once: both build outputs with
/// <see cref="RelatedLinker.LinksOf"/> and <see cref="RelatedLinker.Attach"/> over the same <see cref="RelatedIndex"/>
/// and duplicate groups (<see cref="DuplicateFinder"/>, recomputed over every article in id order after each change
/// from kept signatures). Only the choice of which articles to re-query is the server's own, and it is exact: an
/// article's links can change only when the changed article enters or leaves its scored candidates
/// (<see cref="RelatedIndex.ScoredCandidates"/>, checked before and after the change; with capped posting lists the articles
/// an arrival pushes out of a list or a departure lets in count as changed too), when its own duplicate group
/// changes, or when a candidate's canonical status flips (then every article sharing an indexed term with it is
/// re-queried). Not thread-safe: the caller serialises writes and lets queries run only between them.
/// </summary>
internal sealed class LiveLinker
{
    private readonly LinkingOptions _options;
    private readonly int _related;
    private readonly DocumentFrequencies _frequencies;
    private readonly RelatedIndex _index;
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<Member?> _members = [];
    private readonly Dictionary<ulong, List<int>> _bands = [];
    private Groups _groups = Groups.Empty;

    private sealed class Member(ArticleAnalysis prelinked, ArticleVectors vectors, ulong[] signature, ArticleAnalysis output)
    {
        private ulong[]? _shingles;

        public ArticleAnalysis Prelinked { get; } = prelinked;

        public ArticleVectors Vectors { get; } = vectors;

        public ulong[] Signature { get; } = signature;

        public ArticleAnalysis Output { get; set; } = output;

        public ulong[] Shingles(int size) => _shingles ??= Linking.Shingles.Of(Prelinked.Article.Text.AsSpan(), size);
    }

    public LiveLinker(LinkingOptions options, int related, DocumentFrequencies frequencies)
    {
        _options = options;
        _related = related;
        _frequencies = frequencies;
        _index = new RelatedIndex(options, Groups.Empty);
    }

    /// <summary>Identifies the settings links are computed with (the same string a run keeps in its state).</summary>
    public string Settings => new RelatedLinker(_options, _related).Settings(_frequencies);

    public int Count => _slotOf.Count;

    /// <summary>The corpus statistics words are weighed with.</summary>
    public DocumentFrequencies Frequencies => _frequencies;

    public IEnumerable<string> Ids => _ids;

    /// <summary>Most links a query may ask for (bounds the work of one request).</summary>
    public const int MaxLinks = 100;

    /// <summary>
    /// Loads linked analyses as a run or this class left them. When <paramref name="trusted"/> and every kept
    /// duplicate group is what the finder gives, their links are kept; otherwise every link is computed afresh
    /// (by <see cref="RelatedLinker"/>, as a run would) and the analyses whose output changed are returned.
    /// </summary>
    /// <param name="signatures">Each article's MinHash signature as kept with it, or null where it must be computed.</param>
    public IReadOnlyList<ArticleAnalysis> Load(IReadOnlyList<ArticleAnalysis> linked, bool trusted, CorpusContext context, IReadOnlyList<ulong[]?>? signatures = null)
    {
        ArgumentNullException.ThrowIfNull(linked);
        var order = Enumerable.Range(0, linked.Count).OrderBy(i => linked[i].Id, StringComparer.Ordinal).ToArray();
        var sorted = order.Select(i => linked[i]).ToArray();
        var prelinked = context.Map(sorted, RelatedLinker.Detach);
        var prepared = context.Map(Enumerable.Range(0, order.Length).ToArray(), k =>
        {
            var a = prelinked[k];
            var signature = signatures?[order[k]] ?? DuplicateFinder.SignatureOf(Shingles.Of(a.Article.Text.AsSpan(), _options.ShingleSize));
            return (Vectors: ArticleVectors.Of(a, _frequencies), Signature: signature);
        });
        for (var i = 0; i < sorted.Length; i++) AddMember(prelinked[i], prepared[i].Vectors, prepared[i].Signature, sorted[i]);
        _groups = ComputeGroups();
        _index.Duplicates = _groups;
        var consistent = trusted && _slotOf.Values.All(s => SameDuplicates(Get(s).Output, s));
        if (consistent) return [];
        var (relinked, _, _) = new RelatedLinker(_options, _related).Link([.. prelinked], _frequencies, null, context);
        var changed = new List<ArticleAnalysis>();
        foreach (var output in relinked)
        {
            var member = Get(_slotOf[output.Id]);
            if (member.Output != output) changed.Add(output);
            member.Output = output;
        }
        return changed;
    }

    public ArticleAnalysis? Get(string id) => _slotOf.TryGetValue(id, out var slot) ? Get(slot).Output : null;

    /// <summary>The MinHash signature kept for a stored article (stored with it, so a restart need not recompute it).</summary>
    public ulong[]? Signature(string id) => _slotOf.TryGetValue(id, out var slot) ? Get(slot).Signature : null;

    /// <summary>
    /// Inserts or replaces an article (analysed up to linking, without its document). Returns every article whose
    /// output changed, the given one first.
    /// </summary>
    public IReadOnlyList<ArticleAnalysis> Upsert(ArticleAnalysis prelinked)
    {
        ArgumentNullException.ThrowIfNull(prelinked);
        var shingles = Shingles.Of(prelinked.Article.Text.AsSpan(), _options.ShingleSize);
        var vectors = ArticleVectors.Of(prelinked, _frequencies);
        var signature = DuplicateFinder.SignatureOf(shingles);
        return Change(prelinked.Id, () => AddMember(prelinked, vectors, signature, prelinked), _index.OfferedTerms(vectors));
    }

    /// <summary>Removes an article; returns the articles whose output changed (null when the id is not stored).</summary>
    public IReadOnlyList<ArticleAnalysis>? Remove(string id) => _slotOf.ContainsKey(id) ? Change(id, null, null) : null;

    private IReadOnlyList<ArticleAnalysis> Change(string id, Func<int>? add, IEnumerable<ulong>? addedTerms)
    {
        var affected = new HashSet<int>();
        var groupMembers = new HashSet<string>(StringComparer.Ordinal);
        var oldGroups = _groups;
        var canonicalBefore = new Dictionary<string, bool>(StringComparer.Ordinal);
        int? oldSlot = _slotOf.TryGetValue(id, out var stored) ? stored : null;
        // Capped posting lists: the change can push articles out of lists or let them in, changing the terms they
        // index and so who their candidates are. Those that can be touched (last in or first out of a full list the
        // change enters or leaves) count as moving too, before and after.
        var changedTerms = (oldSlot is { } o ? _index.OfferedTerms(o) : []).Concat(addedTerms ?? []).Distinct().ToList();
        var atTheCut = _index.AtTheCut(changedTerms).Where(s => s != oldSlot).ToHashSet();
        var indexedBefore = atTheCut.ToDictionary(s => s, _index.IndexedTerms);
        // Before the change: whose scored candidates held the old version or an article at the cut.
        AddWhoseCandidatesHold(oldSlot is { } old ? atTheCut.Append(old) : atTheCut, affected, except: oldSlot);
        if (oldSlot is { } previous)
        {
            foreach (var m in oldGroups.Members(previous)) groupMembers.Add(_index.IdOf(m));
            RemoveMember(previous);
        }
        foreach (var s in _slotOf.Values) canonicalBefore[_index.IdOf(s)] = oldGroups.IsCanonical(s);

        var newSlot = add?.Invoke();
        _groups = ComputeGroups();
        _index.Duplicates = _groups;
        // After: the articles whose indexed terms did change re-query, as does everyone whose scored candidates now
        // hold one of them or the new version.
        var moved = atTheCut.Where(s => !_index.IndexedTerms(s).SequenceEqual(indexedBefore[s])).ToList();
        affected.UnionWith(moved);
        if (newSlot is { } n)
        {
            affected.Add(n);
            foreach (var m in _groups.Members(n)) groupMembers.Add(_index.IdOf(m));
        }
        AddWhoseCandidatesHold(newSlot is { } added ? moved.Append(added) : moved, affected, except: null);
        foreach (var s in _slotOf.Values)
        {
            var output = Get(s).Output;
            var memberOfChange = groupMembers.Contains(output.Id);
            if (!memberOfChange && s != newSlot && SameDuplicates(output, s)) continue;
            affected.Add(s);
            // A canonical status that flips changes who may link to it: everyone sharing an indexed term re-queries.
            if (canonicalBefore.TryGetValue(output.Id, out var was) && was != _groups.IsCanonical(s))
            {
                foreach (var x in _index.Neighbourhood(s)) affected.Add(x);
            }
        }

        var changed = new List<ArticleAnalysis>();
        foreach (var slot in affected.OrderBy(s => s == newSlot ? 0 : 1).ThenBy(s => _index.IdOf(s), StringComparer.Ordinal))
        {
            var member = Get(slot);
            var output = Output(slot);
            if (slot != newSlot && output == member.Output) continue;
            member.Output = output;
            changed.Add(output);
        }
        return changed;
    }

    /// <summary>Adds every article (but <paramref name="except"/>) whose scored candidates hold one of <paramref name="movers"/> (each candidate list computed once).</summary>
    private void AddWhoseCandidatesHold(IEnumerable<int> movers, HashSet<int> affected, int? except)
    {
        var moving = movers.ToHashSet();
        if (moving.Count == 0) return;
        var scratch = _index.NewScratch();
        var checkedSlots = new HashSet<int>();
        foreach (var m in moving)
        {
            foreach (var x in _index.Neighbourhood(m))
            {
                if (x == except || affected.Contains(x) || !checkedSlots.Add(x)) continue;
                if (_index.ScoredCandidates(x, scratch).Overlaps(moving)) affected.Add(x);
            }
        }
    }

    /// <summary>The <paramref name="k"/> best links of a stored article (its kept links when <paramref name="k"/> is at most the configured count).</summary>
    public EquatableArray<RelatedArticle>? Links(string id, int k)
    {
        if (!_slotOf.TryGetValue(id, out var slot)) return null;
        var member = Get(slot);
        if (k <= _related) return member.Output.Related.Take(k).ToEquatableArray();
        return RelatedLinker.LinksOf(_index, slot, Math.Min(k, MaxLinks), _options.MaxReasons, s => Get(s).Prelinked);
    }

    /// <summary>
    /// An article that is not stored, linked to the stored ones as if it were: its copies among them (same input, or a
    /// shared MinHash band and shingle Jaccard at or above the threshold) and their groups are left out, as is the
    /// stored version of the same id; its canonical copy follows the finder's rule (earliest published, else smallest id).
    /// </summary>
    public ArticleAnalysis Link(ArticleAnalysis prelinked)
    {
        ArgumentNullException.ThrowIfNull(prelinked);
        var shingles = Shingles.Of(prelinked.Article.Text.AsSpan(), _options.ShingleSize);
        var signature = DuplicateFinder.SignatureOf(shingles);
        var vectors = ArticleVectors.Of(prelinked, _frequencies);
        var copies = new HashSet<int>();
        if (signature.Length > 0)
        {
            var verified = new HashSet<int>();
            foreach (var key in BandKeys(signature))
            {
                if (!_bands.TryGetValue(key, out var slots)) continue;
                foreach (var s in slots)
                {
                    if (!verified.Add(s)) continue;
                    var other = Get(s);
                    if (other.Prelinked.Article.Sha256 == prelinked.Article.Sha256 || Shingles.Jaccard(shingles, other.Shingles(_options.ShingleSize)) >= _options.DuplicateJaccard)
                    {
                        foreach (var m in _groups.Members(s)) copies.Add(m);
                    }
                }
            }
        }
        var excluded = new HashSet<int>(copies);
        int? same = _slotOf.TryGetValue(prelinked.Id, out var stored) ? stored : null;
        if (same is { } self) excluded.Add(self);
        var links = _index.QueryUnstored(prelinked.Id, vectors, _related, same, excluded.Contains).Select(r => new RelatedArticle(_index.IdOf(r.Article), r.Score,
            ReasonPicker.Pick(prelinked, Get(r.Article).Prelinked, vectors, _index.VectorsOf(r.Article), _options.MaxReasons))).ToEquatableArray();
        if (same is { } own) copies.Remove(own);
        ArticleAnalysis? canonical = null;
        foreach (var c in copies)
        {
            var candidate = Get(c).Prelinked;
            if (Earlier(candidate, canonical ?? prelinked)) canonical = candidate;
        }
        var jaccard = canonical is null ? 1 : Shingles.Jaccard(shingles, Get(_slotOf[canonical.Id]).Shingles(_options.ShingleSize));
        var others = copies.Select(c => _index.IdOf(c)).Order(StringComparer.Ordinal).ToEquatableArray();
        return RelatedLinker.Attach(prelinked, links, canonical, jaccard, others, vectors);
    }

    /// <summary>What a run keeps for these links (so the next run recomputes only what changed since).</summary>
    public RelatedState State()
    {
        var entries = ImmutableDictionary.CreateBuilder<string, RelatedState.Entry>(StringComparer.Ordinal);
        foreach (var (id, slot) in _slotOf)
        {
            var output = Get(slot).Output;
            var fingerprint = RelatedLinker.Fingerprint(Get(slot).Prelinked, output.DuplicateOf ?? id, output.Duplicates);
            entries[id] = new RelatedState.Entry(fingerprint, _index.IndexedTerms(slot), output.Related);
        }
        return new RelatedState(Settings, entries.ToImmutable());
    }

    /// <summary>The finder's rule for the canonical copy: a known earlier date, else (same date or none) the smaller id.</summary>
    private static bool Earlier(ArticleAnalysis a, ArticleAnalysis b)
    {
        var (pa, pb) = (a.Article.Metadata.Published, b.Article.Metadata.Published);
        if (pa is not null && (pb is null || string.CompareOrdinal(pa, pb) < 0)) return true;
        if (pb is not null && (pa is null || string.CompareOrdinal(pb, pa) < 0)) return false;
        return string.CompareOrdinal(a.Id, b.Id) < 0;
    }

    private ArticleAnalysis Output(int slot)
    {
        var member = Get(slot);
        var links = RelatedLinker.LinksOf(_index, slot, _related, _options.MaxReasons, s => Get(s).Prelinked);
        var canonicalSlot = _groups.CanonicalOf(slot);
        var canonical = canonicalSlot == slot ? null : Get(canonicalSlot);
        var jaccard = canonical is null ? 1 : Shingles.Jaccard(member.Shingles(_options.ShingleSize), canonical.Shingles(_options.ShingleSize));
        var others = _groups.Members(slot).Where(m => m != slot).Select(m => _index.IdOf(m)).ToEquatableArray();
        return RelatedLinker.Attach(member.Prelinked, links, canonical?.Prelinked, jaccard, others, member.Vectors);
    }

    private bool SameDuplicates(ArticleAnalysis output, int slot)
    {
        var canonical = _groups.CanonicalOf(slot);
        var duplicateOf = canonical == slot ? null : _index.IdOf(canonical);
        return output.DuplicateOf == duplicateOf && output.Duplicates.SequenceEqual(_groups.Members(slot).Where(m => m != slot).Select(m => _index.IdOf(m)));
    }

    private int AddMember(ArticleAnalysis prelinked, ArticleVectors vectors, ulong[] signature, ArticleAnalysis output)
    {
        var slot = _index.Add(prelinked.Id, vectors);
        while (_members.Count <= slot) _members.Add(null);
        _members[slot] = new Member(prelinked, vectors, signature, output);
        _slotOf[prelinked.Id] = slot;
        _ids.Add(prelinked.Id);
        if (signature.Length > 0)
        {
            foreach (var key in BandKeys(signature))
            {
                if (!_bands.TryGetValue(key, out var list)) _bands[key] = list = [];
                list.Add(slot);
            }
        }
        return slot;
    }

    private void RemoveMember(int slot)
    {
        var member = Get(slot);
        foreach (var key in member.Signature.Length > 0 ? BandKeys(member.Signature) : [])
        {
            var list = _bands[key];
            list.Remove(slot);
            if (list.Count == 0) _bands.Remove(key);
        }
        _index.Remove(slot);
        _members[slot] = null;
        _slotOf.Remove(member.Prelinked.Id);
        _ids.Remove(member.Prelinked.Id);
    }

    private Member Get(int slot) => _members[slot] ?? throw new InvalidOperationException($"slot {slot} is free");

    /// <summary>The duplicate groups of the whole archive, as a run over it would find them (articles in id order).</summary>
    private Groups ComputeGroups()
    {
        var order = _ids.Select(id => _slotOf[id]).ToArray();
        var members = order.Select(Get).ToArray();
        var groups = DuplicateFinder.Group([.. members.Select(m => m.Prelinked.Article.Sha256)], [.. members.Select(m => m.Signature)],
            i => members[i].Shingles(_options.ShingleSize), _options.DuplicateJaccard);
        var sets = DuplicateSets.From(groups, [.. members.Select(m => m.Prelinked)]);
        return Groups.From(sets, order, _members.Count);
    }

    private static IEnumerable<ulong> BandKeys(ulong[] signature) => DuplicateFinder.BandKeys(signature);

    /// <summary>Duplicate groups by slot.</summary>
    private sealed class Groups : IDuplicateView
    {
        private readonly int[] _canonical;
        private readonly int[] _group;
        private readonly Dictionary<int, int[]> _members;

        private Groups(int[] canonical, int[] group, Dictionary<int, int[]> members)
        {
            _canonical = canonical;
            _group = group;
            _members = members;
        }

        public static Groups Empty { get; } = new([], [], []);

        public static Groups From(DuplicateSets sets, int[] slotOfPosition, int capacity)
        {
            var canonical = new int[capacity];
            var group = new int[capacity];
            var members = new Dictionary<int, int[]>();
            for (var p = 0; p < slotOfPosition.Length; p++)
            {
                var slot = slotOfPosition[p];
                canonical[slot] = slotOfPosition[sets.CanonicalOf(p)];
                group[slot] = slot;
                var others = sets.OthersOf(p).ToArray();
                if (others.Length == 0) continue;
                var all = others.Append(p).Order().Select(o => slotOfPosition[o]).ToArray();
                group[slot] = all[0];
                members[slot] = all;
            }
            return new Groups(canonical, group, members);
        }

        public bool IsCanonical(int slot) => _canonical[slot] == slot;

        public int CanonicalOf(int slot) => _canonical[slot];

        public bool SameGroup(int a, int b) => _group[a] == _group[b];

        /// <summary>Every member of the slot's group in id order (the slot alone when it has no copies).</summary>
        public IReadOnlyList<int> Members(int slot) => _members.TryGetValue(slot, out var all) ? all : [slot];
    }
}
