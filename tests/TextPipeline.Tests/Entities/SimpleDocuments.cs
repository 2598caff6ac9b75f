using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Tests.Entities;

/// <summary>
/// A minimal tokenizer for entity tests, so they do not depend on the tokenization stage: abbreviations ("U.S."),
/// clitics ("'s"), words, single punctuation; a sentence ends at . ! ? before a capital, and at every line break.
/// </summary>
internal static partial class SimpleDocuments
{
    public static Document Tokenize(string text)
    {
        var articleText = ArticleText.From(text);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        var matches = TokenPattern().Matches(text);
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var kind = char.IsLetterOrDigit(m.Value[0]) ? TokenKind.Word : TokenKind.Punctuation;
            var spaceAfter = m.Index + m.Length < text.Length && char.IsWhiteSpace(text[m.Index + m.Length]);
            tokens.Add(new Token(new TextSpan(m.Index, m.Length), kind, UPos.X, "", m.Value.ToLowerInvariant(), false, spaceAfter));
            var next = k + 1 < matches.Count ? matches[k + 1] : null;
            var lineBreak = next is not null && text.AsSpan(m.Index + m.Length, next.Index - m.Index - m.Length).Contains('\n');
            var sentenceEnd = next is null || lineBreak || m.Value is "." or "!" or "?" && char.IsUpper(next.Value[0]);
            if (sentenceEnd)
            {
                var start = tokens[first].Span.Start;
                sentences.Add(new Sentence(TextSpan.FromBounds(start, m.Index + m.Length), first, tokens.Count - first));
                first = tokens.Count;
            }
        }
        return new Document(articleText, tokens.ToImmutable(), sentences.ToImmutable());
    }

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|['’]s\b|\w+|[^\w\s]")]
    private static partial Regex TokenPattern();
}
