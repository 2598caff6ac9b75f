using TextPipeline.Entities.Gazetteers;
using TextPipeline.Text;

namespace TextPipeline.Entities;

/// <summary>
/// Merges one article's mentions into canonical entities: gazetteer names and ids first, then aliases defined in
/// brackets ("Democratic People's Republic of Korea (DPRK)"), acronyms ("UN" for "United Nations"), and shortened
/// person and organisation names ("Kim" for "Kim Jong Un"); titles are not part of a person's name ("Mr Jackson" is
/// "Jackson"), and a surname alone is the person named in full in the same article even when the tagger or the
/// gazetteer took it for a place ("Jackson" with "Michael Jackson"). Input order is text order; the result is deterministic.
/// </summary>
internal static class EntityCanonicalizer
{
    private static readonly HashSet<string> s_acronymSkip = new(StringComparer.Ordinal) { "of", "the", "and", "for", "on", "in", "&", "de" };

    private static readonly HashSet<string> s_honorifics = new(StringComparer.Ordinal)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lady", "Lord", "Prof", "Prof.", "Professor",
        "Mx", "Mx.", "Messrs", "Messrs.", "Madam", "Madame", "Monsieur", "Herr", "Frau", "Señor", "Señora",
        "Gen", "Gen.", "General", "Archbishop", "Bishop", "Cardinal", "Pope", "Rev", "Rev.", "Reverend", "Father", "Col", "Col.",
        "Colonel", "Maj", "Maj.", "Major", "Capt", "Capt.", "Captain", "Lt", "Lt.", "Sgt", "Sgt.", "President", "Senator", "Sen.",
        "Governor", "Gov.", "Judge", "Justice", "Mayor", "Prince", "Princess", "King", "Queen", "Sheikh", "Ayatollah", "Rabbi",
        "Imam", "Inspector", "Detective", "Chancellor", "Councillor", "Cllr", "Baroness", "Baron", "Earl", "Duke", "Duchess",
        // Nationality nouns a sports report writes before a name ("Briton Karl Keska"): not part of it.
        "Briton", "Scot", "Scotsman", "Welshman", "Englishman", "Irishman", "Frenchman", "Dutchman",
    };

    /// <summary>True for a title written before a person's name ("Mr", "Gen", "Archbishop").</summary>
    internal static bool IsHonorific(string word) => s_honorifics.Contains(word);

    /// <summary>Groups of mentions sharing one canonical (name, type, id).</summary>
    /// <param name="mentions">Mentions in text order.</param>
    /// <param name="text">The article text.</param>
    /// <param name="keepsType">
    /// True for a one-word LOC/ORG mention that names a well-known listed place or organisation ("Jordan" the country),
    /// which keeps its type even when a person shares the word; null: only mentions with a listed id keep it.
    /// </param>
    /// <param name="isListedName">
    /// True for a mention that a list names as an entity of its own ("Labour Party" inside "Parliamentary Labour
    /// Party"): it is not taken for a shortened form of a longer name; null: none is.
    /// </param>
    /// <param name="isKnownWord">
    /// True for a one-word mention that the lists know as a name of its own ("Leicester", a town): it does not shorten a
    /// longer name from the end ("BBC Radio Leicester"), while an unknown word does ("United" for "Manchester United").
    /// Null: every one-word organisation shortens from the front only.
    /// </param>
    public static List<CanonicalGroup> Group(
        IReadOnlyList<EntityMention> mentions, ArticleText text, Func<EntityMention, bool>? keepsType = null, Func<EntityMention, bool>? isListedName = null,
        Func<EntityMention, bool>? isKnownWord = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(text);
        mentions = WithTitlesRemoved(mentions);
        mentions = WithSurnamesAsPersons(mentions, keepsType ?? (m => m.Entry?.Id is not null));
        var lookup = new CanonicalGroupLookup(InitialsOf);
        var groups = lookup.Groups;
        // Pass 1: gazetteer-resolved and multi-word names define entities, in text order.
        var pending = new List<EntityMention>();
        foreach (var m in mentions)
        {
            if (m.Entry is not null)
            {
                lookup.Add(m.Entry.Canonical, m.Type, m.Entry.Id, m);
            }
            else
            {
                pending.Add(m);
            }
        }
        // Longest names first, so shortened forms can find the full name.
        var ordered = pending.OrderByDescending(m => m.Words.Count).ThenBy(m => m.Span.Start).ToList();
        var endingAt = new Dictionary<int, List<EntityMention>>();
        foreach (var m in mentions)
        {
            if (!endingAt.TryGetValue(m.Span.End, out var list)) endingAt[m.Span.End] = list = [];
            list.Add(m);
        }
        foreach (var m in ordered)
        {
            var target = FindBracketAlias(m, endingAt, lookup, text) ?? FindSameName(m, lookup) ?? FindAcronym(m, lookup)
                ?? (isListedName?.Invoke(m) == true ? null : FindShortened(m, lookup, isKnownWord ?? (_ => true)));
            if (target is not null)
            {
                lookup.Join(target, m);
                continue;
            }
            lookup.Add(NameOf(m), m.Type, null, m);
        }
        foreach (var g in groups) g.Mentions.Sort((a, b) => a.Span.CompareTo(b.Span));
        return groups;
    }

    /// <summary>
    /// A title is not part of a person's name ("Mr Jackson", "Dr Ingrid Holm"): the mention's span, words and surface
    /// start after it, as CoNLL and UNER mark names, so it joins the person's other mentions and the canonical name has
    /// no title.
    /// </summary>
    private static List<EntityMention> WithTitlesRemoved(IReadOnlyList<EntityMention> mentions) =>
        [.. mentions.Select(m => m.Type == "PER" && m.Words.Count > 1 && s_honorifics.Contains(m.Words[0]) ? WithoutTitle(m) : m)];

    private static EntityMention WithoutTitle(EntityMention m)
    {
        var rest = m.Surface[m.Words[0].Length..];
        var start = m.Span.Start + m.Words[0].Length + (rest.Length - rest.TrimStart().Length);
        return m with
        {
            Span = TextSpan.FromBounds(start, m.Span.End),
            Words = m.Words.Skip(1).ToArray(),
            Surface = rest.TrimStart(),
            FirstToken = m.FirstToken < 0 ? -1 : m.FirstToken + 1,
        };
    }

    /// <summary>
    /// One name, one person per article: a one-word mention that is the first or last word of a person named in full
    /// elsewhere in the article ("Kirwan" after "John Kirwan", "Jackson" with "Michael Jackson") is that person,
    /// whatever type the tagger gave it and whatever unidentified place the gazetteer has of that name. A listed
    /// entity with an id ("Jordan" the country, "Washington" the state) keeps its type.
    /// </summary>
    private static IReadOnlyList<EntityMention> WithSurnamesAsPersons(IReadOnlyList<EntityMention> mentions, Func<EntityMention, bool> keepsType)
    {
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != "PER" || m.Words.Count < 2 || !m.Words.All(IsNameWord)) continue;
            nameWords.Add(m.Words[0]);
            nameWords.Add(m.Words[^1]);
        }
        if (nameWords.Count == 0) return mentions;
        return [.. mentions.Select(m => m.Type != "PER" && m.Words.Count == 1 && nameWords.Contains(m.Words[0]) && !keepsType(m)
            ? m with { Type = "PER", Entry = null }
            : m)];
    }

    private static bool IsNameWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’');

    private static string NameOf(EntityMention m) => string.Join(' ', m.Surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The same name written in another case ("Labour party" and "Labour Party", "LYCOS" and "Lycos"): one entity. The
    /// canonical name is the form with more capitalised words.
    /// </summary>
    private static CanonicalGroup? FindSameName(EntityMention m, CanonicalGroupLookup groups)
    {
        var name = NameOf(m);
        if (groups.SameName(m.Type, name) is not { } g) return null;
        if (g.Id is null && CapitalisedWords(name) > CapitalisedWords(g.Name) && !IsAllCaps(name)) groups.Rename(g, name);
        return g;
    }

    private static int CapitalisedWords(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0]));

    private static bool IsAllCaps(string name) => !name.Any(char.IsLower);

    /// <summary>
    /// "Long Name (ABBR)": an abbreviation alone in brackets is an alias of the longer name just before the bracket. Other
    /// bracketed names are not aliases: "O Barkley (Bath)" names a player's club.
    /// </summary>
    /// <param name="endingAt">The mentions (in text order) by where they end.</param>
    private static CanonicalGroup? FindBracketAlias(EntityMention m, Dictionary<int, List<EntityMention>> endingAt, CanonicalGroupLookup groups, ArticleText text)
    {
        if (m.Words.Count != 1 || !IsAbbreviation(m.Words[0])) return null;
        var open = m.Span.Start - 1;
        while (open >= 0 && text[open] == ' ') open--;
        if (open < 0 || text[open] != '(' || m.Span.End >= text.Length || text[m.Span.End] != ')') return null;
        var before = open - 1;
        while (before >= 0 && text[before] == ' ') before--;
        if (!endingAt.TryGetValue(before + 1, out var candidates)) return null;
        foreach (var other in candidates)
        {
            if (ReferenceEquals(other, m) || other.Words.Count < 2 || other.Type == "PER") continue;
            return groups.GroupOf(other);
        }
        return null;
    }

    /// <summary>"DPRK", "U.N.", "UNSC": two or more capitals, no lower-case letter except a plural s.</summary>
    private static bool IsAbbreviation(string word)
    {
        var capitals = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsUpper(word[i])) capitals++;
            else if (char.IsLower(word[i]) && !(i == word.Length - 1 && word[i] == 's')) return false;
        }
        return capitals >= 2;
    }

    /// <summary>"UN", "U.N." for a known "United Nations" of a compatible type.</summary>
    private static CanonicalGroup? FindAcronym(EntityMention m, CanonicalGroupLookup groups)
    {
        if (m.Words.Count != 1) return null;
        var letters = new string([.. m.Words[0].Where(char.IsLetter)]);
        if (letters.Length < 2 || !letters.All(char.IsUpper)) return null;
        return groups.WithInitials(letters);
    }

    /// <summary>The capitalised initials of a name's words, small linking words left out ("United Nations" → "UN").</summary>
    private static string InitialsOf(string name) =>
        new([.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !s_acronymSkip.Contains(w) && char.IsUpper(w[0])).Select(w => w[0])]);

    /// <summary>
    /// A name whose words are the first or last words of a longer known name of the same type ("Kim" → "Kim Jong Un",
    /// "Putin" → "Vladimir Putin", "Security Council" → "United Nations Security Council"). A one-word organisation
    /// only shortens from the front ("Deutsche" → "Deutsche Bank", "Lycos" → "Lycos Europe"): "Leicester" is not "BBC
    /// Radio Leicester".
    /// </summary>
    private static CanonicalGroup? FindShortened(EntityMention m, CanonicalGroupLookup lookup, Func<EntityMention, bool> isKnownWord)
    {
        var words = m.Words;
        if (m.Type != "PER" && words.Count < 2 && m.Type != "ORG") return null;
        var groups = lookup.Groups;
        var frontOnly = m.Type != "PER" && words.Count == 1 && isKnownWord(m);
        if (frontOnly is false && m.Type == "ORG" && words.Count == 1)
        {
            // An unknown last word ("United") names the article's one organisation that ends with it, if only one does.
            var ending = lookup.EndingWith(m.Type, words[0]).Take(2).ToList();
            if (ending.Count == 1) return groups[ending[0]];
            frontOnly = true;
        }
        // The first group (in order) that any of the rules below accepts; each rule reads only the groups it can accept.
        var best = int.MaxValue;
        if (m.Type == "PER" && m.Surface.Contains('-', StringComparison.Ordinal))
        {
            // A hyphenated surname is several tokens but one word of the written name ("Lewis-Francis").
            for (var i = 0; i < groups.Count && i < best; i++)
            {
                if (groups[i].Type == m.Type && IsNameEdge(groups[i].Name, m.Surface)) best = i;
            }
        }
        if (words.Count > 0)
        {
            best = Math.Min(best, First(lookup.StartingWith(m.Type, words[0]), best, i => lookup.WordsOf(i) is var full && full.Length > words.Count && StartsWith(full, words)));
            if (!frontOnly) best = Math.Min(best, First(lookup.EndingWith(m.Type, words[^1]), best, i => lookup.WordsOf(i) is var full && full.Length > words.Count && EndsWith(full, words)));
        }
        if (words.Count > 1 && words[0] == "The")
        {
            // "The Bank" (of England), "The Fed" at the start of a sentence: the article's longer name without its "The".
            var rest = words.Skip(1).ToList();
            best = Math.Min(best, First(lookup.StartingWith(m.Type, words[1]), best, i => lookup.WordsOf(i) is var full && full.Length > words.Count && StartsWith(full, rest)));
        }
        return best == int.MaxValue ? null : groups[best];
    }

    /// <summary>The first index (below <paramref name="bound"/>) of an ordered set that <paramref name="accepts"/> takes.</summary>
    private static int First(IEnumerable<int> ordered, int bound, Func<int, bool> accepts)
    {
        foreach (var i in ordered)
        {
            if (i >= bound) break;
            if (accepts(i)) return i;
        }
        return int.MaxValue;
    }

    /// <summary>True when <paramref name="part"/> is the written name's first or last space-separated words.</summary>
    private static bool IsNameEdge(string name, string part) =>
        name.Length > part.Length + 1 && part.Contains('-', StringComparison.Ordinal)
        && (name.EndsWith(part, StringComparison.Ordinal) && name[^(part.Length + 1)] == ' '
            || name.StartsWith(part, StringComparison.Ordinal) && name[part.Length] == ' ');

    private static bool StartsWith(string[] full, IReadOnlyList<string> part)
    {
        for (var i = 0; i < part.Count; i++)
        {
            if (!string.Equals(full[i], part[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static bool EndsWith(string[] full, IReadOnlyList<string> part)
    {
        var offset = full.Length - part.Count;
        for (var i = 0; i < part.Count; i++)
        {
            if (!string.Equals(full[offset + i], part[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}

/// <summary>
/// Mentions that name one entity, with its canonical name, type and id. Grouping sets them from the article; the
/// entity linker may then replace them with a listed entity's (and sets <see cref="Linked"/> and <see cref="Confidence"/>).
/// </summary>
internal sealed class CanonicalGroup(string name, string type, string? id)
{
    public string Name { get; set; } = name;

    public string Type { get; set; } = type;

    public string? Id { get; set; } = id;

    /// <summary>True when <see cref="Id"/> is a listed entity's (knowledge base, site list), false when minted from the name.</summary>
    public bool Linked { get; set; } = id is not null;

    /// <summary>How sure the stage is of this entity's identity, 0..1 (linking confidence, or recognition confidence when unlinked).</summary>
    public double Confidence { get; set; } = 1;

    public List<EntityMention> Mentions { get; } = [];

    /// <summary>Demonyms ("North Korean") seen for this entity: they add to salience but are not mentions.</summary>
    public int DemonymCount { get; set; }

    public List<TextSpan> DemonymSpans { get; } = [];
}
