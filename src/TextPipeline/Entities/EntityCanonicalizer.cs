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
    };

    /// <summary>Groups of mentions sharing one canonical (name, type, id).</summary>
    public static List<CanonicalGroup> Group(IReadOnlyList<EntityMention> mentions, ArticleText text)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(text);
        mentions = WithTitlesRemoved(mentions);
        mentions = WithSurnamesAsPersons(mentions);
        var index = new CanonicalGroupIndex();
        var groups = index.Groups;
        // Pass 1: gazetteer-resolved and multi-word names define entities, in text order.
        var pending = new List<EntityMention>();
        foreach (var m in mentions)
        {
            if (m.Entry is not null)
            {
                index.Add(m.Entry.Canonical, m.Type, m.Entry.Id, m);
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
            var target = FindBracketAlias(m, endingAt, index, text) ?? FindAcronym(m, index) ?? FindShortened(m, index);
            if (target is not null)
            {
                index.Join(target, m);
                continue;
            }
            index.Add(NameOf(m), m.Type, null, m);
        }
        foreach (var g in groups) g.Mentions.Sort((a, b) => a.Span.CompareTo(b.Span));
        return groups;
    }

    /// <summary>
    /// A person mention that starts with a title ("Mr Jackson", "Dr Ingrid Holm") keeps its span, but its name words
    /// lose the title, so it joins the person's other mentions and the canonical name has no title.
    /// </summary>
    private static List<EntityMention> WithTitlesRemoved(IReadOnlyList<EntityMention> mentions) =>
        [.. mentions.Select(m => m.Type == "PER" && m.Words.Count > 1 && s_honorifics.Contains(m.Words[0])
            ? m with { Words = m.Words.Skip(1).ToArray(), Surface = m.Surface[m.Words[0].Length..].TrimStart() }
            : m)];

    /// <summary>
    /// One name, one person per article: a one-word mention that is the first or last word of a person named in full
    /// elsewhere in the article ("Kirwan" after "John Kirwan", "Jackson" with "Michael Jackson") is that person,
    /// whatever type the tagger gave it and whatever unidentified place the gazetteer has of that name. A listed
    /// entity with an id ("Jordan" the country, "Washington" the state) keeps its type.
    /// </summary>
    private static IReadOnlyList<EntityMention> WithSurnamesAsPersons(IReadOnlyList<EntityMention> mentions)
    {
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != "PER" || m.Words.Count < 2 || !m.Words.All(IsNameWord)) continue;
            nameWords.Add(m.Words[0]);
            nameWords.Add(m.Words[^1]);
        }
        if (nameWords.Count == 0) return mentions;
        return [.. mentions.Select(m => m.Type != "PER" && m.Words.Count == 1 && m.Entry?.Id is null && nameWords.Contains(m.Words[0])
            ? m with { Type = "PER", Entry = null }
            : m)];
    }

    private static bool IsNameWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’');

    private static string NameOf(EntityMention m) => string.Join(' ', m.Surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"Long Name (ABBR)": the bracketed mention is an alias of the mention just before the bracket.</summary>
    /// <param name="endingAt">The mentions (in text order) by where they end.</param>
    private static CanonicalGroup? FindBracketAlias(EntityMention m, Dictionary<int, List<EntityMention>> endingAt, CanonicalGroupIndex groups, ArticleText text)
    {
        var open = m.Span.Start - 1;
        while (open >= 0 && text[open] == ' ') open--;
        if (open < 0 || text[open] != '(') return null;
        var before = open - 1;
        while (before >= 0 && text[before] == ' ') before--;
        if (!endingAt.TryGetValue(before + 1, out var candidates)) return null;
        foreach (var other in candidates)
        {
            if (ReferenceEquals(other, m)) continue;
            return groups.GroupContaining(other);
        }
        return null;
    }

    /// <summary>"UN", "U.N." for a known "United Nations" of a compatible type.</summary>
    private static CanonicalGroup? FindAcronym(EntityMention m, CanonicalGroupIndex groups)
    {
        if (m.Words.Count != 1) return null;
        var letters = new string([.. m.Words[0].Where(char.IsLetter)]);
        if (letters.Length < 2 || !letters.All(char.IsUpper)) return null;
        return groups.FindByInitials(letters);
    }

    /// <summary>The capitalised initials of a name's words, small linking words left out ("United Nations" → "UN").</summary>
    internal static string InitialsOf(string name) =>
        new([.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !s_acronymSkip.Contains(w) && char.IsUpper(w[0])).Select(w => w[0])]);

    /// <summary>
    /// A name whose words are the first or last words of a longer known name of the same type ("Kim" → "Kim Jong Un",
    /// "Putin" → "Vladimir Putin", "Security Council" → "United Nations Security Council").
    /// </summary>
    private static CanonicalGroup? FindShortened(EntityMention m, CanonicalGroupIndex groups)
    {
        var words = m.Words;
        if (m.Type != "PER" && words.Count < 2 && m.Type != "ORG") return null;
        return groups.FindLongerNameWithEnds(m.Type, words);
    }
}

/// <summary>Mentions that name one entity, with its canonical name, type and id.</summary>
internal sealed class CanonicalGroup(string name, string type, string? id)
{
    public string Name { get; } = name;

    public string Type { get; } = type;

    public string? Id { get; } = id;

    public List<EntityMention> Mentions { get; } = [];

    /// <summary>Demonyms ("North Korean") seen for this entity: they add to salience but are not mentions.</summary>
    public int DemonymCount { get; set; }

    public List<TextSpan> DemonymSpans { get; } = [];
}
