using System.Runtime.CompilerServices;
using TextPipeline.Text;
using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Writes and reads a tokenized <see cref="Document"/>: its text (only when it is not the article's own, which it
/// almost always is), every token with all its attributes, and the sentences. Spans and token ranges are checked
/// against the text and the tokens, so a bad entry is a miss rather than a crash in a later stage.
/// </summary>
internal static class DocumentSerializer
{
    public static void Write(CacheWriter w, Document? document, ArticleText articleText)
    {
        w.Bool(document is not null);
        if (document is null) return;
        var ownText = document.Text.Equals(articleText);
        w.Bool(ownText);
        if (!ownText) w.String(document.Text.ToString());
        w.List<Token>(document.Tokens, t => WriteToken(w, t));
        w.List<Sentence>(document.Sentences, s => WriteSentence(w, s));
    }

    public static Document? Read(CacheReader r, ArticleText articleText)
    {
        if (!r.Bool()) return null;
        var text = r.Bool() ? articleText : ArticleText.From(r.String());
        var tokens = r.Array(() => ReadToken(r, text.Length));
        var sentences = r.Array(() => ReadSentence(r, text.Length, tokens.Length));
        return new Document(text, tokens, sentences);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteToken(CacheWriter w, Token t)
    {
        w.Span(t.Span);
        w.Int((int)t.Kind);
        w.Int((int)t.Pos);
        w.String(t.Lemma);
        w.String(t.Norm);
        w.Count(((int)t.Rule << 2) | (t.SpaceAfter ? 2 : 0) | (t.IsStop ? 1 : 0)); // one byte for most tokens
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Token ReadToken(CacheReader r, int textLength)
    {
        var span = r.SpanWithin(textLength);
        var kind = CacheReader.Defined((TokenKind)r.Byte());
        var pos = CacheReader.Defined((UPos)r.Byte());
        var lemma = r.String();
        var norm = r.String();
        var flags = r.Count();
        if (flags >> 2 > byte.MaxValue) throw CacheReader.Corrupt("bad token flags");
        var rule = CacheReader.Defined((TokenRule)(flags >> 2));
        return new Token(span, kind, pos, lemma, norm, (flags & 1) != 0, (flags & 2) != 0) { Rule = rule };
    }

    public static void WriteSentence(CacheWriter w, Sentence s)
    {
        w.Span(s.Span);
        w.Count(s.FirstToken);
        w.Count(s.TokenCount);
    }

    public static Sentence ReadSentence(CacheReader r, int textLength, int tokenCount)
    {
        var span = r.SpanWithin(textLength);
        var first = r.Count();
        var count = r.Count();
        if (first > tokenCount || count > tokenCount - first) throw CacheReader.Corrupt("sentence outside the tokens");
        return new Sentence(span, first, count);
    }
}
