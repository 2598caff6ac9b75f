using TextPipeline.Tokenization.Rules;
using TextPipeline.Tokenization.Tagging;

namespace TextPipeline.Tokenization.Sentences;

/// <summary>
/// Features of the gap after token <c>i</c>: the tokens around it (lower-cased), their shapes and kinds, the
/// whitespace in the gap, terminal punctuation, abbreviations, case of the next word, quotes and brackets.
/// </summary>
internal static class SentenceBoundaryFeatures
{
    public const int Max = 24;

    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int i, Span<ulong> output)
    {
        var n = 0;
        var t = tokens[i];
        var next = tokens[i + 1];
        var word = text.Slice(t.Start, t.Length);
        var nextWord = text.Slice(next.Start, next.Length);
        var prevWord = i > 0 ? text.Slice(tokens[i - 1].Start, tokens[i - 1].Length) : "<s>".AsSpan();
        var next2Word = i + 2 < tokens.Length ? text.Slice(tokens[i + 2].Start, tokens[i + 2].Length) : "</s>".AsSpan();
        Span<char> lower = stackalloc char[24];
        Span<char> nextLower = stackalloc char[24];
        Span<char> prevLower = stackalloc char[24];
        var l = Lower(word, lower);
        var nl = Lower(nextWord, nextLower);
        var pl = Lower(prevWord, prevLower);
        Span<char> shape = stackalloc char[WordShape.MaxLength];
        Span<char> nextShape = stackalloc char[WordShape.MaxLength];
        var s = WordShape.Write(word, shape);
        var ns = WordShape.Write(nextWord, nextShape);
        var gap = GapKind(text, t.End, next.Start);
        var terminal = SentenceFeatures.IsTerminal(word) ? 1 : 0;
        var upperNext = SentenceFeatures.StartsUpper(nextWord) ? 1 : 0;
        var abbreviation = SentenceFeatures.IsAbbreviationToken(word) ? 1 : 0;

        output[n++] = FeatureHash.Of(0).Value;
        output[n++] = FeatureHash.Of(1).Add(lower[..l]).Value;
        output[n++] = FeatureHash.Of(2).Add(nextLower[..nl]).Value;
        output[n++] = FeatureHash.Of(3).Add(prevLower[..pl]).Value;
        output[n++] = FeatureHash.Of(4).Add(shape[..s]).Value;
        output[n++] = FeatureHash.Of(5).Add(nextShape[..ns]).Value;
        output[n++] = FeatureHash.Of(6).Add(shape[..s]).Add(nextShape[..ns]).Value;
        output[n++] = FeatureHash.Of(7).Add(gap).Value;
        output[n++] = FeatureHash.Of(8).Add(gap).Add(terminal).Add(upperNext).Value;
        output[n++] = FeatureHash.Of(9).Add(lower[..l]).Add(upperNext).Value;
        output[n++] = FeatureHash.Of(10).Add(lower[..l]).Add(nextShape[..ns]).Value;
        output[n++] = FeatureHash.Of(11).Add(abbreviation).Add(upperNext).Value;
        output[n++] = FeatureHash.Of(12).Add((int)t.Kind).Add((int)next.Kind).Value;
        output[n++] = FeatureHash.Of(13).Add(prevLower[..pl]).Add(lower[..l]).Value;
        output[n++] = FeatureHash.Of(14).Add(lower[..l]).Add(nextLower[..nl]).Value;
        output[n++] = FeatureHash.Of(15).Add(terminal).Add(nextLower[..nl]).Value;
        output[n++] = FeatureHash.Of(16).Add(gap).Add(nextShape[..ns]).Value;
        output[n++] = FeatureHash.Of(17).Add(Math.Min(l, 6)).Add(terminal).Add(upperNext).Value;
        output[n++] = FeatureHash.Of(18).Add(next2Word.Length > 0 ? next2Word[..1] : next2Word).Add(terminal).Value;
        output[n++] = FeatureHash.Of(19).Add(t.End == next.Start ? 1 : 0).Add(terminal).Value;
        output[n++] = FeatureHash.Of(20).Add(prevLower[..pl]).Add(terminal).Add(upperNext).Value;
        return n;
    }

    private static int Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var w = word.Length > buffer.Length ? word[..buffer.Length] : word;
        return w.ToLowerInvariant(buffer);
    }

    /// <summary>0 no space, 1 spaces, 2 one line break, 3 blank line.</summary>
    private static int GapKind(ReadOnlySpan<char> text, int from, int to)
    {
        if (from == to) return 0;
        if (SentenceFeatures.HasBlankLineBetween(text, from, to)) return 3;
        return SentenceFeatures.HasLineBreakBetween(text, from, to) ? 2 : 1;
    }
}
