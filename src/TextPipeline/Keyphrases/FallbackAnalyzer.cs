using System.Collections.Immutable;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>
/// A stop-gap tokenizer and sentence splitter (no tagger: capitalised words inside a sentence are PROPN, all else X)
/// so keyphrases and summaries can be developed and evaluated before the tokenization stage is merged.
/// TEMPORARY: replace its uses by <c>TextAnalyzer.Default</c> once the tokenization branch is on main.
/// </summary>
public static class FallbackAnalyzer
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
        "No", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Mt", "Ft", "U.S", "U.K", "U.N", "a.m", "p.m",
    };

    public static Document Analyze(string text) => Analyze(ArticleText.From(text));

    public static Document Analyze(ArticleText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var sentenceStart = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\n' && i + 1 < s.Length && (s[i + 1] == '\n' || s[i + 1] == '\r'))
            {
                Close(tokens, sentences, ref sentenceStart);
            }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                while (i < s.Length && (char.IsLetterOrDigit(s[i])
                    || (s[i] is '-' or '\'' or '’' or '.' or ',' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1])
                        && (s[i] != '.' || i + 2 >= s.Length || !char.IsLetter(s[i + 1]) || s[i + 2] == '.' || char.IsDigit(s[i - 1]))
                        && (s[i] != ',' || char.IsDigit(s[i - 1])))))
                {
                    i++;
                }
                kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                // Split a possessive or contraction ("Un's", "it's", "we're") as the real tokenizer does.
                var apostrophe = s[start..i].LastIndexOfAny('\'', '’');
                if (kind == TokenKind.Word && apostrophe > 0 && i - (start + apostrophe) <= 3)
                {
                    AddWord(tokens, s, TextSpan.FromBounds(start, start + apostrophe), sentenceStart, spaceAfter: false);
                    start += apostrophe;
                }
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            if (kind == TokenKind.Word) AddWord(tokens, s, TextSpan.FromBounds(start, i), sentenceStart, i < s.Length && char.IsWhiteSpace(s[i]));
            else
            {
                var pos = kind == TokenKind.Punctuation ? UPos.PUNCT : kind == TokenKind.Number ? UPos.NUM : UPos.X;
                tokens.Add(new Token(TextSpan.FromBounds(start, i), kind, pos, string.Empty, s[start..i].ToString(), false, i < s.Length && char.IsWhiteSpace(s[i])));
            }
            if (kind == TokenKind.Punctuation && c is '.' or '!' or '?' && EndsSentence(s, start, tokens))
            {
                // Closing quotes and brackets belong to the sentence they end.
                while (i < s.Length && s[i] is '"' or '\'' or '”' or '’' or ')')
                {
                    tokens.Add(new Token(new TextSpan(i, 1), TokenKind.Punctuation, UPos.PUNCT, string.Empty, s[i].ToString(), false, false));
                    i++;
                }
                Close(tokens, sentences, ref sentenceStart);
            }
        }
        Close(tokens, sentences, ref sentenceStart);
        var built = tokens.ToImmutable();
        var spans = sentences.ToImmutable();
        return new Document(text, built, spans);
    }

    private static void AddWord(ImmutableArray<Token>.Builder tokens, ReadOnlySpan<char> s, TextSpan span, int sentenceStart, bool spaceAfter)
    {
        var word = s.Slice(span.Start, span.Length);
        var first = tokens.Count == sentenceStart;
        var pos = !first && char.IsUpper(word[0]) ? UPos.PROPN : UPos.X;
        tokens.Add(new Token(span, TokenKind.Word, pos, string.Empty, word.ToString().ToLowerInvariant(), false, spaceAfter));
    }

    private static bool EndsSentence(ReadOnlySpan<char> s, int dot, ImmutableArray<Token>.Builder tokens)
    {
        if (s[dot] == '.' && tokens.Count >= 2)
        {
            var previous = tokens[^2];
            var word = s.Slice(previous.Span.Start, previous.Span.Length).ToString();
            if (previous.Span.End == dot && (s_abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))) return false;
        }
        var j = dot + 1;
        while (j < s.Length && s[j] is '"' or '\'' or '”' or '’' or ')') j++;
        if (j >= s.Length) return true;
        if (!char.IsWhiteSpace(s[j])) return false;
        while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
        return j >= s.Length || !char.IsLower(s[j]);
    }

    private static void Close(ImmutableArray<Token>.Builder tokens, ImmutableArray<Sentence>.Builder sentences, ref int sentenceStart)
    {
        if (tokens.Count == sentenceStart) return;
        var span = TextSpan.FromBounds(tokens[sentenceStart].Span.Start, tokens[^1].Span.End);
        sentences.Add(new Sentence(span, sentenceStart, tokens.Count - sentenceStart));
        sentenceStart = tokens.Count;
    }
}
