namespace TextPipeline.Entities.Recognition;

/// <summary>
/// How a document writes each word where a capital means something (inside a sentence that is in mixed case): always
/// capitalised, always in lower case, both, or never seen there. A non-local feature in the manner of Ratinov and Roth
/// (2009): a sentence-initial "Bush" or an all-capital "LEICESTERSHIRE" is read with what the rest of the article says
/// of the word. Built from the document alone.
/// </summary>
internal sealed class DocumentCaseProfile
{
    private readonly Dictionary<string, (int Capitalised, int Lower)> _counts;

    private DocumentCaseProfile(Dictionary<string, (int, int)> counts) => _counts = counts;

    /// <summary>A profile that knows no word (sentences without a document).</summary>
    public static DocumentCaseProfile Empty { get; } = new([]);

    /// <summary>"cap", "low", "mixed" or "none" for a lower-cased word.</summary>
    public string CategoryOf(string lower)
    {
        if (!_counts.TryGetValue(lower, out var c)) return "none";
        return c.Lower == 0 ? "cap" : c.Capitalised == 0 ? "low" : "mixed";
    }

    public static DocumentCaseProfile Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            if (!IsMixedCase(words)) continue;
            for (var i = 1; i < words.Count; i++)
            {
                var w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                var lower = w.ToLowerInvariant();
                var (cap, low) = counts.GetValueOrDefault(lower);
                counts[lower] = char.IsUpper(w[0]) ? (cap + 1, low) : (cap, low + 1);
            }
        }
        return new DocumentCaseProfile(counts);
    }

    private static bool IsMixedCase(IReadOnlyList<string> words)
    {
        bool upper = false, lower = false;
        for (var i = 1; i < words.Count && !(upper && lower); i++)
        {
            foreach (var ch in words[i])
            {
                if (char.IsUpper(ch)) upper = true;
                else if (char.IsLower(ch)) lower = true;
            }
        }
        return upper && lower;
    }
}
