using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tests.Tokenization;

/// <summary>Inputs other tokenizers got wrong, with the UD EWT-style tokens we expect.</summary>
public sealed class TokenizerRegressionTests
{
    private static string[] Tokens(string text) =>
        RuleTokenizer.Instance.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Theory]
    [InlineData("http://example.com/a?b=c&d=e", "http://example.com/a?b=c&d=e")]
    [InlineData("See http://example.com/a?b=c&d=e.", "See|http://example.com/a?b=c&d=e|.")]
    [InlineData("NASDAQ:GOOG", "NASDAQ:GOOG")]
    [InlineData("github.com/explosion", "github.com/explosion")]
    [InlineData("https://www.example.com.ai/foo/bar/", "https://www.example.com.ai/foo/bar/")]
    [InlineData("(https://www.example.com.ai/foo/bar/)", "(|https://www.example.com.ai/foo/bar/|)")]
    [InlineData("nr. 223.", "nr.|223|.")]
    [InlineData("U.S.'s", "U.S.|'s")]
    [InlineData("the U.S. economy", "the|U.S.|economy")]
    [InlineData("C'est", "C'est")]
    [InlineData("(don't)!", "(|do|n't|)|!")]
    [InlineData("I can't, won't.", "I|ca|n't|,|wo|n't|.")]
    [InlineData("We're here; they'll go", "We|'re|here|;|they|'ll|go")]
    [InlineData("I cannot", "I|can|not")]
    [InlineData("gonna", "gon|na")]
    [InlineData("the students' books", "the|students|'|books")]
    [InlineData("O'Brien's", "O'Brien|'s")]
    [InlineData("$1.5bn", "$|1.5|bn")]
    [InlineData("10km", "10|km")]
    [InlineData("3:30pm", "3:30|pm")]
    [InlineData("the 2nd and 21st", "the|2nd|and|21st")]
    [InlineData("great :) and :-(", "great|:)|and|:-(")]
    [InlineData("really!?", "really|!?")]
    [InlineData("#1 and >100", "#|1|and|>|100")]
    [InlineData("non-human vice-president", "non-human|vice-president")]
    [InlineData("1,000.50 and 50%", "1,000.50|and|50|%")]
    [InlineData("on 2024-01-05 or 10/12/2020", "on|2024-01-05|or|10/12/2020")]
    [InlineData("North Korea-Russia ties", "North|Korea|-|Russia|ties")]
    [InlineData("and/or", "and|/|or")]
    [InlineData("Wait...what?!", "Wait|...|what|?!")]
    [InlineData("Mr. Smith, Inc. and e.g. a.m.", "Mr.|Smith|,|Inc.|and|e.g.|a.m.")]
    [InlineData("mail me@example.org now", "mail|me@example.org|now")]
    [InlineData("@jack #MeToo", "@jack|#MeToo")]
    [InlineData("\"Quoted,\" she said.", "\"|Quoted|,|\"|she|said|.")]
    [InlineData("“Curly” ‘quotes’", "“|Curly|”|‘|quotes|’")]
    [InlineData("great👍🏽!", "great|👍🏽|!")]
    [InlineData("👨‍👩‍👧 family", "👨‍👩‍👧|family")]
    [InlineData("🇬🇧🇫🇷", "🇬🇧|🇫🇷")]
    [InlineData("שלום עולם.", "שלום|עולם|.")]
    [InlineData("مرحبا بالعالم", "مرحبا|بالعالم")]
    [InlineData("a\r\nb\tc", "a|b|c")]
    [InlineData("e-mail", "e-mail")]
    [InlineData("1990s", "1990s")]
    public void Splits_like_ud_ewt(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("http://example.com/a?b=c&d=e", TokenKind.Url)]
    [InlineData("me@example.org", TokenKind.Email)]
    [InlineData("@jack", TokenKind.Handle)]
    [InlineData("#MeToo", TokenKind.Hashtag)]
    [InlineData("3:30", TokenKind.Number)]
    [InlineData("👍🏽", TokenKind.Emoji)]
    [InlineData("!", TokenKind.Punctuation)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("word", TokenKind.Word)]
    public void Assigns_token_kinds(string text, TokenKind kind) =>
        Assert.Equal(kind, Assert.Single(RuleTokenizer.Instance.Tokenize(text)).Kind);

    [Fact]
    public void Explain_names_the_rule_of_each_split()
    {
        var tokens = RuleTokenizer.Instance.Tokenize("(don't)");
        Assert.Equal([TokenRule.Prefix, TokenRule.Whole, TokenRule.Clitic, TokenRule.Suffix], tokens.Select(t => t.Rule));
    }

    [Theory]
    [InlineData("a\u200Db")]
    [InlineData("x\r\n\r\ny\t\tz")]
    [InlineData("\uD83D")]
    [InlineData("emoji 👍🏽👍🏿 zwj 👩‍💻 rtl ‏שלום‎")]
    public void Edge_inputs_round_trip(string text) => TokenizerRoundTripTests.AssertRoundTrip(text);
}
