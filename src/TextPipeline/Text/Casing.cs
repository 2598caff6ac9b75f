namespace TextPipeline.Text;

/// <summary>Letter-case tests on spans of text, without allocating.</summary>
internal static class Casing
{
    /// <summary>True when no character is lower case ("NASA", "U.S.", "2024").</summary>
    public static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }

    /// <summary>True when some character is a letter or a digit (a word, not punctuation).</summary>
    public static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }
        return false;
    }
}
