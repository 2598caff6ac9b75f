using System.Collections.Immutable;
using TextPipeline.Text;

namespace TextPipeline.Tokenization;

/// <summary>
/// A tokenized, tagged article body (Catalyst's / spaCy's Document): tokens in text order, sentences covering them.
/// Spans are ordered and never overlap.
/// </summary>
public sealed class Document
{
    public Document(ArticleText text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    public ArticleText Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    public ReadOnlySpan<char> TextOf(Token token) => Text.AsSpan(token.Span);

    public string StringOf(Token token) => Text.ToString(token.Span);

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
}
