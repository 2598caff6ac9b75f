using TextPipeline.Entities.Gazetteers;

namespace TextPipeline.Entities;

/// <summary>
/// The groups being built for one article with the indexes grouping asks of them: by name ignoring case, by initials,
/// by first and last name word, and the group holding a mention. Each query gives what a scan of the groups in order
/// would give (the first match), without the scan: a scan per mention is quadratic, and a long text (a 5 MB file
/// given to <c>annotate</c>) has tens of thousands of mentions.
/// </summary>
internal sealed class CanonicalGroupLookup
{
    private readonly Dictionary<(string Name, string Type), CanonicalGroup> _byKey = [];
    private readonly Dictionary<string, Dictionary<string, int>> _byNameIgnoringCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<int>> _byInitials = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Word), SortedSet<int>> _byFirstWord = [];
    private readonly Dictionary<(string Type, string Word), SortedSet<int>> _byLastWord = [];
    private readonly Dictionary<EntityMention, int> _groupOf = [];
    private readonly Dictionary<CanonicalGroup, int> _indexOf = [];
    private readonly List<string[]> _words = [];
    private readonly List<string> _initials = [];
    private readonly Func<string, string> _initialsOf;

    /// <param name="initialsOf">A name's initials as acronyms use them ("United Nations" → "UN").</param>
    public CanonicalGroupLookup(Func<string, string> initialsOf) => _initialsOf = initialsOf;

    /// <summary>The groups, in the order they were made.</summary>
    public List<CanonicalGroup> Groups { get; } = [];

    /// <summary>Adds the mention to the group of this name and type, made when there is none.</summary>
    public void Add(string name, string type, string? id, EntityMention mention)
    {
        if (!_byKey.TryGetValue((name, type), out var group))
        {
            group = new CanonicalGroup(name, type, id);
            _byKey[(name, type)] = group;
            Groups.Add(group);
            _indexOf[group] = Groups.Count - 1;
            _words.Add([]);
            _initials.Add("");
            var index = Groups.Count - 1;
            if (!_byNameIgnoringCase.TryGetValue(type, out var names)) _byNameIgnoringCase[type] = names = new(StringComparer.OrdinalIgnoreCase);
            names.TryAdd(name, index);
            IndexName(index);
        }
        Join(group, mention);
    }

    /// <summary>Adds a mention to an existing group.</summary>
    public void Join(CanonicalGroup group, EntityMention mention)
    {
        group.Mentions.Add(mention);
        var index = _indexOf[group];
        if (!_groupOf.TryGetValue(mention, out var held) || index < held) _groupOf[mention] = index;
    }

    /// <summary>Renames a group (its case only changes: the name-ignoring-case index holds).</summary>
    public void Rename(CanonicalGroup group, string name)
    {
        var index = _indexOf[group];
        Unindex(index);
        group.Name = name;
        IndexName(index);
    }

    /// <summary>The first group of this type whose name equals <paramref name="name"/> ignoring case.</summary>
    public CanonicalGroup? SameName(string type, string name) =>
        _byNameIgnoringCase.TryGetValue(type, out var names) && names.TryGetValue(name, out var index) ? Groups[index] : null;

    /// <summary>The first group that is not a person whose initials are <paramref name="letters"/>.</summary>
    public CanonicalGroup? WithInitials(string letters) =>
        _byInitials.TryGetValue(letters, out var set) && set.Count > 0 ? Groups[set.Min] : null;

    /// <summary>The first group holding <paramref name="mention"/>.</summary>
    public CanonicalGroup? GroupOf(EntityMention mention) => _groupOf.TryGetValue(mention, out var index) ? Groups[index] : null;

    /// <summary>The name words (<see cref="Gazetteer.SplitName"/>) of the group at <paramref name="index"/>.</summary>
    public string[] WordsOf(int index) => _words[index];

    /// <summary>Groups of this type with at least two name words, the first being <paramref name="word"/>, in order.</summary>
    public IEnumerable<int> StartingWith(string type, string word) =>
        _byFirstWord.TryGetValue((type, word), out var set) ? set : [];

    /// <summary>Groups of this type with at least two name words, the last being <paramref name="word"/>, in order.</summary>
    public IEnumerable<int> EndingWith(string type, string word) =>
        _byLastWord.TryGetValue((type, word), out var set) ? set : [];

    private void IndexName(int index)
    {
        var group = Groups[index];
        var words = Gazetteer.SplitName(group.Name);
        _words[index] = words;
        if (words.Length >= 2)
        {
            Set(_byFirstWord, (group.Type, words[0])).Add(index);
            Set(_byLastWord, (group.Type, words[^1])).Add(index);
        }
        var initials = group.Type == "PER" ? "" : _initialsOf(group.Name);
        _initials[index] = initials;
        if (initials.Length >= 2) Set(_byInitials, initials).Add(index);
    }

    private void Unindex(int index)
    {
        var group = Groups[index];
        var words = _words[index];
        if (words.Length >= 2)
        {
            _byFirstWord[(group.Type, words[0])].Remove(index);
            _byLastWord[(group.Type, words[^1])].Remove(index);
        }
        if (_initials[index].Length >= 2) _byInitials[_initials[index]].Remove(index);
    }

    private static SortedSet<int> Set<TKey>(Dictionary<TKey, SortedSet<int>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set)) index[key] = set = [];
        return set;
    }
}
