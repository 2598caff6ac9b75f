using CsCheck;
using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tests.Tokenization;

/// <summary>The tokenizer is non-destructive: tokens plus the whitespace between them give back the input exactly.</summary>
public sealed class TokenizerRoundTripTests
{
    // Mix of ASCII word/punct material, spaces of all kinds, emoji pieces, surrogates (even lone ones) and RTL text.
    private static readonly Gen<string> s_text = Gen.OneOf(
            Gen.Char,
            Gen.Char['a', 'z'],
            Gen.Char['!', '@'],
            Pick(' ', '\t', '\r', '\n', '\u00A0', '\u200B', '\u200D', '\uFE0F', '\u2028', '.', '\'', '-', '’', '…', '$'),
            Pick('\uD83D', '\uDC4D', '\uD83C', '\uDFFD', 'ש', 'ל', 'ו', 'م', 'ر', 'é'))
        .Array[0, 60]
        .Select(chars => new string(chars));

    private static readonly Gen<string> s_words = Pick(
            "don't", "U.S.'s", "(", ")", "http://example.com/a?b=c&d=e", "e-mail", "a@b.com", "$1.5bn", "3:30pm", "👍🏽", " ", "\r\n",
            "Korea-Russia", "...", "Mr.", "nr.", "#tag", "@user", "C'est", "10km", "O'Brien", "students'", "!!", "\"", "”")
        .Array[0, 12]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Tokens_and_whitespace_reproduce_random_unicode() =>
        Gen.OneOf(s_text, s_words).Sample(AssertRoundTrip, iter: 3000);

    [Fact]
    public void Analyzer_tokens_are_ordered_cover_all_non_space_and_sentences_partition_tokens() =>
        Gen.OneOf(s_text, s_words).Sample(text =>
        {
            var doc = TextAnalyzer.RulesOnly.Analyze(text);
            var expectedFirst = 0;
            foreach (var s in doc.Sentences)
            {
                Assert.Equal(expectedFirst, s.FirstToken);
                Assert.True(s.TokenCount > 0);
                expectedFirst = s.EndToken;
            }
            Assert.Equal(doc.Tokens.Length, expectedFirst);
            AssertCovers(text, doc.Tokens.Select(t => (t.Span.Start, t.Span.End)).ToList());
        }, iter: 1000);

    private static Gen<T> Pick<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    internal static void AssertRoundTrip(string text)
    {
        var tokens = RuleTokenizer.Instance.Tokenize(text);
        AssertCovers(text, tokens.Select(t => (t.Start, t.End)).ToList());
    }

    private static void AssertCovers(string text, List<(int Start, int End)> spans)
    {
        var pos = 0;
        var rebuilt = new System.Text.StringBuilder();
        foreach (var (start, end) in spans)
        {
            Assert.True(end > start, $"empty token at {start} in {Escape(text)}");
            Assert.True(start >= pos, $"overlap/unordered at {start} in {Escape(text)}");
            var gap = text[pos..start];
            Assert.True(gap.All(CharClass.IsSpace), $"non-space {Escape(gap)} skipped in {Escape(text)}");
            Assert.False(text[start..end].Any(CharClass.IsSpace), $"token contains space in {Escape(text)}");
            rebuilt.Append(gap).Append(text, start, end - start);
            pos = end;
        }
        Assert.True(text[pos..].All(CharClass.IsSpace));
        rebuilt.Append(text[pos..]);
        Assert.Equal(text, rebuilt.ToString());
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));
}
