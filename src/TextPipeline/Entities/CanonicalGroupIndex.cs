using TextPipeline.Entities.Gazetteers;

namespace TextPipeline.Entities;

/// <summary>
/// One article's canonical groups in creation order, indexed so that finding the group a shortened name or an
/// acronym belongs to costs a lookup instead of a scan of every group (a whole book or a concatenated corpus has tens
/// of thousands). Lookups return exactly what the in-order scan would: the earliest group that matches.
/// </summary>
internal sealed class CanonicalGroupIndex
{
    // Joins name words into one key; candidates are re-checked word by word, so a word holding it cannot mislead.
    private const char Separator = '\u001F';

    private readonly List<CanonicalGroup> _groups = [];
    private readonly Dictionary<(string Name, string Type), CanonicalGroup> _byKey = [];
    private readonly Dictionary<(string Type, string Words), List<int>> _byPrefix = [];
    private readonly Dictionary<(string Type, string Words), List<int>> _bySuffix = [];
    private readonly List<string[]> _words = [];
    private readonly Dictionary<string, int> _byInitials = new(StringComparer.Ordinal);
    private readonly Dictionary<CanonicalGroup, int> _ordinals = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<EntityMention, int> _groupOfMention = [];

    /// <summary>The groups in the order they were created.</summary>
    public List<CanonicalGroup> Groups => _groups;

    /// <summary>Adds the mention to the group of (name, type), creating it (with <paramref name="id"/>) when new.</summary>
    public void Add(string name, string type, string? id, EntityMention mention)
    {
        if (!_byKey.TryGetValue((name, type), out var group))
        {
            group = new CanonicalGroup(name, type, id);
            _byKey[(name, type)] = group;
            Index(group, _groups.Count);
            _ordinals[group] = _groups.Count;
            _groups.Add(group);
        }
        Join(group, mention);
    }

    /// <summary>Adds the mention to an existing group.</summary>
    public void Join(CanonicalGroup group, EntityMention mention)
    {
        group.Mentions.Add(mention);
        var ordinal = _ordinals[group];
        if (!_groupOfMention.TryGetValue(mention, out var earlier) || ordinal < earlier) _groupOfMention[mention] = ordinal;
    }

    /// <summary>The first group (in creation order) holding a mention equal to <paramref name="mention"/>, or null.</summary>
    public CanonicalGroup? GroupContaining(EntityMention mention) =>
        _groupOfMention.TryGetValue(mention, out var ordinal) ? _groups[ordinal] : null;

    /// <summary>
    /// The first group of <paramref name="type"/> whose name (as <see cref="Gazetteer.SplitName"/> splits it) is longer
    /// than <paramref name="words"/> and starts or ends with them.
    /// </summary>
    public CanonicalGroup? FindLongerNameWithEnds(string type, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            for (var o = 0; o < _groups.Count; o++)
            {
                if (_groups[o].Type == type && _words[o].Length > 0) return _groups[o];
            }
            return null;
        }
        var key = (type, Join(words, 0, words.Count));
        var best = int.MaxValue;
        if (_byPrefix.TryGetValue(key, out var starts)) best = FirstVerified(starts, words, atEnd: false);
        if (_bySuffix.TryGetValue(key, out var ends)) best = Math.Min(best, FirstVerified(ends, words, atEnd: true));
        return best == int.MaxValue ? null : _groups[best];
    }

    /// <summary>The first group that is not a person and whose name's capitalised initials are <paramref name="letters"/>.</summary>
    public CanonicalGroup? FindByInitials(string letters) =>
        _byInitials.TryGetValue(letters, out var ordinal) ? _groups[ordinal] : null;

    private void Index(CanonicalGroup group, int ordinal)
    {
        var full = Gazetteer.SplitName(group.Name);
        _words.Add(full);
        for (var k = 1; k < full.Length; k++)
        {
            Append(_byPrefix, (group.Type, Join(full, 0, k)), ordinal);
            Append(_bySuffix, (group.Type, Join(full, full.Length - k, k)), ordinal);
        }
        if (group.Type == "PER") return;
        var initials = EntityCanonicalizer.InitialsOf(group.Name);
        if (initials.Length >= 2) _byInitials.TryAdd(initials, ordinal);
    }

    private int FirstVerified(List<int> ordinals, IReadOnlyList<string> words, bool atEnd)
    {
        // Ordinals are ascending: the first that really matches is the earliest group.
        foreach (var o in ordinals)
        {
            var full = _words[o];
            var offset = atEnd ? full.Length - words.Count : 0;
            var same = true;
            for (var i = 0; i < words.Count && same; i++) same = string.Equals(full[offset + i], words[i], StringComparison.Ordinal);
            if (same) return o;
        }
        return int.MaxValue;
    }

    private static void Append(Dictionary<(string, string), List<int>> index, (string, string) key, int ordinal)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (list.Count == 0 || list[^1] != ordinal) list.Add(ordinal);
    }

    private static string Join(IReadOnlyList<string> words, int start, int count)
    {
        if (count == 1) return words[start];
        var parts = new string[count];
        for (var i = 0; i < count; i++) parts[i] = words[start + i];
        return string.Join(Separator, parts);
    }
}
