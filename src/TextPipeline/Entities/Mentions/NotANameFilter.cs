using TextPipeline.Entities.Gazetteers;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Mentions;

/// <summary>
/// Mentions that are never names, whatever the recognizer says: a lone stop word ("The", "It"), a lone abbreviation
/// of a common word ("No.", "St"), a lone adjective of a name ("Olympic"), the plural of an abbreviation ("PCs", "MPs",
/// "DVDs": common nouns) and abbreviations of common nouns ("PC", "TV"), a word for a people, faith or group
/// ("Kurdish", "Muslims": NORP in the name lists), the plural of a demonym ("Iraqis"), the people of a listed place
/// ("Londoners", "Dubliner"), and spans without a letter.
/// </summary>
internal static class NotANameFilter
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.Ordinal)
    {
        "No.", "No", "Nos.", "Nos", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "St", "St.", "Mt", "Mt.", "Jr", "Jr.",
        "Sr", "Sr.", "Co", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "plc", "Vol.", "Fig.", "pp.", "p.", "vs", "vs.", "v", "v.",
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // Adjectives of names, not names: "Olympic champion", "Paralympic team".
        "Olympic", "Paralympic", "Olympian",
        // Abbreviations of common nouns.
        "PC", "TV", "DVD", "CD", "MP3", "SMS", "PDA", "CEO", "GDP", "VAT", "IT", "GMT", "BST", "AM", "PM", "HIV", "AIDS", "DNA", "CCTV", "ID",
        "WiFi", "Wi-Fi", "GPS", "LCD", "PIN", "URL", "HTML", "VoIP", "OBE", "MBE", "CBE", "KBE",
    };

    public static bool IsNotAName(EntityMention mention, Gazetteer names)
    {
        var words = mention.Words;
        if (!mention.Surface.Any(char.IsLetter)) return true;
        if (mention.Entry is null && (IsGroupWord(mention.Surface, names) || IsInhabitantWord(mention.Surface, names))) return true;
        if (words.Count != 1) return false;
        var w = words[0];
        if (s_abbreviations.Contains(w)) return true;
        // "The", "It" alone are not names; "US", "IT" in capitals are abbreviations.
        if (StopWords.Contains(w.ToLowerInvariant()) && !IsAllCapitals(w)) return true;
        return IsPluralAbbreviation(w);
    }

    /// <summary>
    /// Abbreviations the article defines for a common noun phrase: "intermediate level waste (ILW)" makes every "ILW" of
    /// the article a common noun, not an organisation.
    /// </summary>
    public static HashSet<string> CommonNounAbbreviations(Document document)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var tokens = document.Tokens.AsSpan();
        for (var i = 1; i + 1 < tokens.Length; i++)
        {
            if (document.TextOf(tokens[i - 1]) is not "(" || document.TextOf(tokens[i + 1]) is not ")") continue;
            var abbreviation = document.TextOf(tokens[i]);
            if (abbreviation.Length is < 2 or > 6 || abbreviation.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) continue;
            var n = abbreviation.Length;
            if (i - 1 - n < 0) continue;
            var matches = true;
            for (var k = 0; k < n && matches; k++)
            {
                var word = document.TextOf(tokens[i - 1 - n + k]);
                matches = word.Length > 0 && char.IsLower(word[0]) && char.ToUpperInvariant(word[0]) == abbreviation[k];
            }
            if (matches) result.Add(abbreviation.ToString());
        }
        return result;
    }

    /// <summary>
    /// A one-word work or product name that is an ordinary word ("Games", "Internet", "People"): the model's word classes
    /// say it is usually written in lower case, so a capital at the start of a title says nothing.
    /// </summary>
    public static bool IsCommonWordWork(EntityMention mention, Recognition.WordLexicon? lexicon)
    {
        if (mention.Type != "MISC" || mention.Words.Count != 1 || lexicon is null || mention.Entry is not null) return false;
        var wordClass = lexicon.ClassOf(mention.Words[0].ToLowerInvariant());
        return wordClass > 0 && (wordClass - 1) / 4 <= 1;
    }

    /// <summary>"Londoners", "Dubliner", "New Yorkers": people of a listed place.</summary>
    private static bool IsInhabitantWord(string surface, Gazetteer names)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ers", "er"])
        {
            if (surface.Length <= suffix.Length + 3 || !surface.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = surface[..^suffix.Length];
            if (names.FindAll(stem).Any(e => e.Type == "LOC") || names.FindAll(stem + "e").Any(e => e.Type == "LOC")) return true;
        }
        return false;
    }

    private static bool IsGroupWord(string surface, Gazetteer names)
    {
        foreach (var e in names.FindAll(surface))
        {
            if (e.Type is "NORP") return true;
        }
        if (surface.Length > 3 && surface[^1] == 's')
        {
            foreach (var e in names.FindAll(surface[..^1]))
            {
                if (e.Type is "NORP" or "DEM") return true;
            }
        }
        return false;
    }

    private static bool IsAllCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>"PCs", "MPs", "CDs": two or more capitals then a lower-case s.</summary>
    internal static bool IsPluralAbbreviation(string word)
    {
        if (word.Length < 3 || word[^1] != 's') return false;
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (!char.IsUpper(word[i])) return false;
        }
        return true;
    }
}
