namespace TextPipeline.Tokenization.Tagging;

/// <summary>spaCy-style word shape: letters → X/x, digits → d, others kept; runs longer than 3 are cut ("Xxxxx" → "Xxxx").</summary>
internal static class WordShape
{
    public const int MaxLength = 12;

    public static int Write(ReadOnlySpan<char> word, Span<char> output)
    {
        var n = 0;
        var run = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var s = char.IsDigit(c) ? 'd' : char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run > 3) continue;
            if (n == output.Length) break;
            output[n++] = s;
        }
        return n;
    }
}
