using TextPipeline.Entities.Gazetteers;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Typing;

/// <summary>
/// News types from the words next to a name (contextual rules in the manner of Collins and Singer 1999), applied to a
/// whole entity so every mention agrees: a name right after "firm", "giant", "portal" … or right before "shares",
/// "boss", "spokesman" … is an organisation ("oil giant Yukos", "Yukos boss"); right after "band", "rockers" … it is
/// an organisation too (bands are ORG, as in CoNLL); right after "film", "album", "drug" … it is a work or product
/// (MISC: "the film Constantine", "drug Norvasc"). A person addressed with a title ("Mr", "Ms" …) keeps PER, and a
/// listed or user-given entity keeps its type. Only the word directly before or after counts, so "the film's star Tom
/// Cruise" stays a person, and a possessive breaks a compound ("Blair's spokesman" is a person's).
/// </summary>
internal static class NewsTypeCues
{
    private static readonly HashSet<string> s_companyBefore = Words(
        "firm firms company giant group maker manufacturer carmaker retailer supermarket carrier airline bank insurer operator provider producer " +
        "chain conglomerate subsidiary rival portal website broadcaster network publisher label studio brewer developer distributor conglomerate " +
        "telecoms telco outsourcer lender bookmaker miner");

    private static readonly HashSet<string> s_companyAfter = Words(
        "shares boss bosses chairman chief executives spokesman spokeswoman spokesperson shareholders employees profits profit revenues " +
        "plc inc ltd corp subsidiary division unit");

    private static readonly HashSet<string> s_bandBefore = Words("band rockers duo trio quartet quintet outfit supergroup");

    private static readonly HashSet<string> s_bandAfter = Words("frontman frontwoman guitarist drummer bassist");

    private static readonly HashSet<string> s_workBefore = Words(
        "film movie blockbuster sequel album single song show series sitcom soap documentary novel musical game drug medicine " +
        "programme opera thriller cartoon franchise");

    private static readonly HashSet<string> s_workAfter = Words("soundtrack sequel premiere");

    private static readonly HashSet<string> s_titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lady", "Lord", "Prof", "Professor",
    };

    private static readonly HashSet<string> s_regionalArms = new(StringComparer.Ordinal) { "Europe", "UK", "USA", "America", "Asia", "International" };

    private static readonly HashSet<string> s_regionAdjectives = new(StringComparer.Ordinal)
    {
        "Eastern", "Western", "Central", "Northern", "Southern", "Continental", "Old", "New", "Greater", "Mainland", "Latin", "North",
        "South", "East", "West", "Middle", "Rural", "Corporate", "Amnesty",
    };

    /// <summary>Last words of event names: "US Open", "FA Cup", "Brit Awards", "Geneva Motor Show", "Gulf War".</summary>
    private static readonly HashSet<string> s_eventWords = new(StringComparer.Ordinal)
    {
        "Open", "Championship", "Championships", "Cup", "Games", "Olympics", "Paralympics", "Prix", "Masters", "Classic", "Trophy",
        "Marathon", "Festival", "Awards", "Award", "Prize", "Show", "Expo", "War", "Tournament", "Series", "Slam", "Derby", "Sevens",
    };

    /// <summary>One-word event names.</summary>
    private static readonly HashSet<string> s_events = new(StringComparer.Ordinal)
    {
        "Olympics", "Paralympics", "Oscars", "Baftas", "Grammys", "Emmys", "Brits", "Glastonbury", "Wimbledon",
    };

    /// <summary>Last words that make a name an organisation ("Russian Embassy", "Home Office") or a place ("Olympic Stadium").</summary>
    private static readonly HashSet<string> s_organisationHeads = new(StringComparer.Ordinal)
    {
        "Embassy", "Consulate", "Ministry", "Department", "Council", "Committee", "Commission", "Agency", "Authority", "Party",
        "Association", "Institute", "University", "College", "School", "Corporation", "Company", "Group", "Foundation", "Trust",
        "Society", "Federation", "Club", "Court", "Police", "Army", "Navy", "Office", "Service", "Board", "Inc", "Inc.", "Ltd", "plc",
        "Airlines", "Airways", "Records", "Studios", "Network", "Bureau", "Organisation", "Organization", "Assembly", "Parliament",
        "Tobacco", "Motors", "Pharmaceuticals", "Holdings", "Industries", "Systems", "Technologies", "Software", "Communications",
        "Telecom", "Entertainment", "Foods", "Stores", "Partners", "Securities", "Insurance", "Investments", "Electronics", "Steel",
        "Chemicals", "Petroleum", "Airline", "Bancorp", "Enterprises", "Ventures", "Laboratories", "Labs",
    };

    /// <summary>Organisation heads that are nobody's surname: a "person" ending in one is a firm ("RJ Reynolds Tobacco").</summary>
    private static readonly HashSet<string> s_nonSurnameHeads = new(StringComparer.Ordinal)
    {
        "Embassy", "Consulate", "Ministry", "Department", "Committee", "Commission", "Agency", "Authority", "Association", "Institute",
        "University", "Corporation", "Company", "Group", "Foundation", "Federation", "Inc", "Inc.", "Ltd", "plc", "Airlines", "Airways",
        "Tobacco", "Motors", "Pharmaceuticals", "Holdings", "Industries", "Systems", "Technologies", "Software", "Communications",
        "Telecom", "Foods", "Stores", "Securities", "Insurance", "Investments", "Electronics", "Chemicals", "Petroleum", "Airline",
        "Bancorp", "Enterprises", "Ventures", "Laboratories",
    };

    private static readonly HashSet<string> s_placeHeads = new(StringComparer.Ordinal)
    {
        "Stadium", "Theatre", "Theater", "Square", "Street", "Road", "Avenue", "Bridge", "Airport", "Station", "Palace", "Tower", "Park",
        "Island", "Islands", "River", "Lake", "Mountains", "Valley", "Bay", "Beach", "Cathedral", "Abbey", "Castle", "Arena", "Hall",
    };

    /// <summary>The type the cues give this entity, or null when they give none (or disagree with a titled person).</summary>
    /// <param name="group">The entity, before linking.</param>
    /// <param name="document">Its article.</param>
    /// <param name="isSport">Whether the article is a sports story (a place followed by a score is a team there).</param>
    /// <param name="names">The shipped name lists (countries keep LOC as national teams).</param>
    public static string? TypeFor(CanonicalGroup group, Document document, bool isSport, Gazetteer names)
    {
        if (group.Linked || group.Mentions.Exists(m => m.FirstToken < 0 || m.Entry is not null)) return null;
        // Events: "US Open", "FA Cup", "Brit Awards" (but "Wimbledon" only in a sports story: else the place or club).
        var parts = group.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = parts.Length > 0 ? parts[^1] : "";
        if (group.Type != "PER" && (group.Name.Contains(' ', StringComparison.Ordinal) && s_eventWords.Contains(last)
            || s_events.Contains(group.Name) && (group.Name != "Wimbledon" || isSport))) return "MISC";
        if (isSport && group.Type == "LOC" && IsFollowedByScore(group, document) && !IsCountry(group.Name, names)) return "ORG";
        // A firm's name and a model code is a product ("Nintendo DS", "Sony PSP", "Nokia 3230").
        if (parts.Length == 2 && IsModelCode(parts[1]) && names.FindAll(parts[0]).Any(e => e.Type == "ORG" && e.Kind is null)) return "MISC";
        // The head word of a several-word name says what it is ("Russian Embassy", "Olympic Stadium").
        if (group.Name.Contains(' ', StringComparison.Ordinal) && group.Type != "PER")
        {
            if (s_organisationHeads.Contains(last) && group.Type != "ORG") return "ORG";
            if (s_placeHeads.Contains(last) && group.Type != "LOC") return "LOC";
        }
        if (group.Type == "PER" && parts.Length > 1 && s_nonSurnameHeads.Contains(last)) return "ORG";
        // "Lycos Europe", "AOL UK": a firm's regional arm, not a person or a place.
        var nameWords = group.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (group.Type is "PER" or "LOC" && nameWords.Length == 2 && s_regionalArms.Contains(nameWords[^1]) && !s_regionAdjectives.Contains(nameWords[0])
            && char.IsUpper(nameWords[0][0])) return "ORG";
        var tokens = document.Tokens.AsSpan();
        int company = 0, band = 0, work = 0, titled = 0, theGroup = 0;
        foreach (var m in group.Mentions)
        {
            var before = m.FirstToken - 1;
            var beforeWord = before >= 0 ? document.StringOf(tokens[before]) : "";
            if (s_titles.Contains(beforeWord) || s_titles.Contains(m.Words[0])) titled++;
            // "Hurricane Rita", "Typhoon Tokage": a storm is an event, not a person.
            if (beforeWord is "Hurricane" or "Typhoon" or "Cyclone" or "Storm") work++;
            // "the Pixies", "the Foo Fighters": people are not "the" anyone; a plural name after "the" is a group.
            if (beforeWord == "the" && m.Words[^1].Length > 3 && m.Words[^1].EndsWith('s') && !m.Words[^1].EndsWith("ss", StringComparison.Ordinal)) theGroup++;
            var before1 = before >= 0 ? tokens[before].Norm : "";
            // Only a compound counts after the name ("Yukos boss"): "Blair's spokesman" is said of people too.
            var after = m.EndToken < tokens.Length ? tokens[m.EndToken].Norm : "";
            // Cue words are lower case in the text: "Band Aid" and "Film Four" are names, not cues.
            var beforeIsLower = before >= 0 && beforeWord.Length > 0 && char.IsLower(beforeWord[0]);
            if (beforeIsLower && s_companyBefore.Contains(before1) || s_companyAfter.Contains(after)) company++;
            if (beforeIsLower && s_bandBefore.Contains(before1) || s_bandAfter.Contains(after)) band++;
            if (beforeIsLower && s_workBefore.Contains(before1) || s_workAfter.Contains(after)) work++;
        }
        if (titled > 0) return null;
        if (band > 0 && band >= work) return "ORG";
        if (theGroup > 0 && group.Type == "PER" && work == 0) return "ORG";
        if (work > 0 && work > company) return "MISC";
        if (company > 0 && group.Type is "PER" or "LOC") return "ORG";
        return null;
    }

    /// <summary>"HOUSTON 5 Chicago 3", "Leicester 22 Bath 12": a name right before a score (not a year) in a results line.</summary>
    private static bool IsFollowedByScore(CanonicalGroup group, Document document)
    {
        var tokens = document.Tokens.AsSpan();
        foreach (var m in group.Mentions)
        {
            if (m.EndToken >= tokens.Length) continue;
            var next = document.TextOf(tokens[m.EndToken]);
            var isScore = next.Length is > 0 and <= 3 && !next.ContainsAnyExcept("0123456789");
            if (isScore) return true;
        }
        return false;
    }

    /// <summary>"DS", "PSP", "3230", "X5": capitals and digits, at most five characters.</summary>
    private static bool IsModelCode(string word) => word.Length is > 0 and <= 5 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static bool IsCountry(string name, Gazetteer names)
    {
        foreach (var e in names.FindAll(name))
        {
            if (e.Type == "LOC" && e.Source is "countries" or "own" && e.Kind is null) return true;
        }
        return false;
    }

    private static HashSet<string> Words(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
