namespace TextPipeline.Entities.Recognition;

/// <summary>Word shapes: "Kim" → "Xxx", "U.S." → "X.X.", "2024" → "dddd"; the short form collapses repeats ("Xx", "X.X.", "d").</summary>
internal static class WordShape
{
    public static string Long(ReadOnlySpan<char> word)
    {
        var length = Math.Min(word.Length, 12);
        Span<char> buffer = stackalloc char[length];
        for (var i = 0; i < length; i++) buffer[i] = Map(word[i]);
        return new string(buffer);
    }

    public static string Short(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 12)];
        var n = 0;
        foreach (var ch in word)
        {
            var c = Map(ch);
            if (n > 0 && buffer[n - 1] == c) continue;
            if (n == buffer.Length) break;
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    private static char Map(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c switch
        {
            '.' or ',' or '-' or '\'' or '&' or '/' or '@' or '#' => c,
            '’' => '\'',
            _ => '*',
        };
}
