using System.Collections.Immutable;
using TextPipeline.Text;

namespace TextPipeline.Tokenization;

/// <summary>
/// A tokenized, tagged article body (Catalyst's / spaCy's Document): tokens in text order, sentences covering them.
/// Spans are ordered and never overlap. Value-equal (same text, tokens and sentences), like the records that hold it.
/// </summary>
public sealed class Document : IEquatable<Document>
{
    /// <summary>A document over <paramref name="text"/>; tokens and sentences must be in text order.</summary>
    public Document(ArticleText text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The text the token and sentence spans point into.</summary>
    public ArticleText Text { get; }

    /// <summary>Every token, in text order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Every sentence, in text order; together they cover every token.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The characters of one token.</summary>
    public ReadOnlySpan<char> TextOf(Token token) => Text.AsSpan(token.Span);

    /// <summary>The text of one token as a string.</summary>
    public string StringOf(Token token) => Text.ToString(token.Span);

    /// <summary>spaCy-style shape of a token's text (<c>Xxxx</c>, <c>dd</c>, <c>X.X.</c>).</summary>
    public string ShapeOf(Token token) => Token.ShapeOf(TextOf(token));

    /// <summary>The tokens of every sentence, in order (spaCy's <c>doc.sents</c>).</summary>
    public IEnumerable<ImmutableArray<Token>> SentenceTokens()
    {
        foreach (var s in Sentences) yield return Tokens.Slice(s.FirstToken, s.TokenCount);
    }

    /// <summary>Number of word-like tokens (everything but punctuation and symbols).</summary>
    public int WordCount
    {
        get
        {
            var n = 0;
            foreach (var t in Tokens)
            {
                if (t.Kind is not (TokenKind.Punctuation or TokenKind.Symbol)) n++;
            }
            return n;
        }
    }

    public bool Equals(Document? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Text.Equals(other.Text) && Tokens.AsSpan().SequenceEqual(other.Tokens.AsSpan()) && Sentences.AsSpan().SequenceEqual(other.Sentences.AsSpan())));

    public override bool Equals(object? obj) => Equals(obj as Document);

    public override int GetHashCode() => HashCode.Combine(Text, Tokens.Length, Sentences.Length);
}
