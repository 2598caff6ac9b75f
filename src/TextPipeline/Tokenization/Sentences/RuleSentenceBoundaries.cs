using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tokenization.Sentences;

/// <summary>
/// Fallback sentence rules: a sentence ends after <c>.</c> <c>!</c> <c>?</c> <c>…</c> (with any closing quotes or
/// brackets right after them) when the next token starts like a sentence, and always at a blank line.
/// </summary>
internal sealed class RuleSentenceBoundaries : ISentenceBoundaryModel
{
    public static RuleSentenceBoundaries Instance { get; } = new();

    public bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int i)
    {
        var t = tokens[i];
        var next = tokens[i + 1];
        if (SentenceFeatures.HasBlankLineBetween(text, t.End, next.Start)) return true;
        var last = text[t.End - 1];
        var terminal = SentenceFeatures.IsTerminal(text.Slice(t.Start, t.Length));
        if (!terminal)
        {
            // A closing quote/bracket right after a terminal: the boundary goes after the closer.
            if (!(CharClass.IsClose(last) || CharClass.IsQuote(last)) || i == 0) return false;
            var prev = tokens[i - 1];
            if (prev.End != t.Start || !SentenceFeatures.IsTerminal(text.Slice(prev.Start, prev.Length))) return false;
        }
        else if (next.Start == t.End && (CharClass.IsClose(text[next.Start]) || CharClass.IsQuote(text[next.Start])))
        {
            return false; // the closer that follows takes the boundary
        }
        var first = text[next.Start];
        return CharClass.IsUpper(first) || CharClass.IsDigit(first) || CharClass.IsOpen(first) || CharClass.IsQuote(first)
            || !CharClass.IsLetterOrDigit(first) && next.Kind is not TokenKind.Punctuation;
    }
}
