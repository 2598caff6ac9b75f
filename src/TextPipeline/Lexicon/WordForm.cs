namespace TextPipeline.Lexicon;

/// <summary>How word forms are normalised before clustering: every ASCII digit becomes '0' ("2005" → "0000").</summary>
internal static class WordForm
{
    /// <summary>The longest word <see cref="WordClusters.Lookup"/> normalises (longer words have no cluster).</summary>
    public const int MaxLength = 64;

    public static bool HasDigit(ReadOnlySpan<char> word) => word.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>Writes <paramref name="word"/> with every ASCII digit replaced by '0'; returns the length written.</summary>
    public static int NormalizeDigits(ReadOnlySpan<char> word, Span<char> destination)
    {
        for (var i = 0; i < word.Length; i++) destination[i] = char.IsAsciiDigit(word[i]) ? '0' : word[i];
        return word.Length;
    }

    public static string NormalizeDigits(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!HasDigit(word)) return word;
        return string.Create(word.Length, word, static (chars, w) => NormalizeDigits(w, chars));
    }
}
