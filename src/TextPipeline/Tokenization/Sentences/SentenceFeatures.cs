using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tokenization.Sentences;

/// <summary>Small text facts shared by the sentence rules and the trained splitter.</summary>
internal static class SentenceFeatures
{
    /// <summary>A sentence-final punctuation token: runs of <c>.</c>, <c>!</c>, <c>?</c>, <c>…</c>.</summary>
    public static bool IsTerminal(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is not ('.' or '!' or '?' or '…' or '‼' or '⁇')) return false;
        }
        return !token.IsEmpty;
    }

    /// <summary>True when the whitespace between two tokens holds two line breaks (a paragraph break).</summary>
    public static bool HasBlankLineBetween(ReadOnlySpan<char> text, int from, int to)
    {
        var breaks = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '\n' || (c == '\r' && (k + 1 >= to || text[k + 1] != '\n')) || c is '\u2028' or '\u2029') breaks++;
        }
        return breaks >= 2;
    }

    public static bool HasLineBreakBetween(ReadOnlySpan<char> text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029') return true;
        }
        return false;
    }

    public static bool IsAbbreviationToken(ReadOnlySpan<char> token) =>
        token.Length > 1 && token[^1] == '.' && (TokenizerExceptions.IsAbbreviation(token) || TokenizerExceptions.IsDottedAbbreviation(token));

    public static bool StartsUpper(ReadOnlySpan<char> token) => !token.IsEmpty && CharClass.IsUpper(token[0]);
}
