using TextPipeline.Ingestion;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;
using TextPipeline.Tokenization;

namespace TextPipeline.Tests.Tokenization;

/// <summary>The real scraped article through ingestion + the tokenization stage.</summary>
public sealed class SeedFixtureTokenizationTests
{
    private static ArticleAnalysis TokenizeSeed()
    {
        var path = SharedData.Fixture("seed-article.txt");
        Skip.If(path is null, SharedData.SkipReason);
        var file = new InputFile(path!, "seed-article.txt", path!, SourceFormat.Text, false);
        var article = Assert.Single(new ArticleReader().Read(file).Articles);
        return TestModels.Step(new TokenizationStage()).Process(new ArticleAnalysis(article), CancellationToken.None);
    }

    [SkippableFact]
    public void Each_heading_is_its_own_sentence()
    {
        var analysis = TokenizeSeed();
        var doc = analysis.Document!;
        var sentences = doc.Sentences.Select(s => doc.Text.ToString(s.Span)).ToHashSet(StringComparer.Ordinal);
        foreach (var heading in analysis.Article.Headings)
        {
            Assert.Contains(doc.Text.ToString(heading), sentences);
        }
        foreach (var s in doc.Sentences)
        {
            foreach (var block in analysis.Article.Headings.Concat(analysis.Article.Paragraphs))
            {
                Assert.False(s.Span.OverlapsWith(block) && !block.Contains(s.Span), $"sentence {s.Span} crosses block {block}");
            }
        }
    }

    [SkippableFact]
    public void Possessive_and_hyphenated_names_are_split_as_ud_does()
    {
        var doc = TokenizeSeed().Document!;
        var words = doc.Tokens.Select(doc.StringOf).ToList();
        var korea = words.IndexOf("Korea-Russia");
        Assert.Equal(-1, korea);
        var i = Enumerable.Range(0, words.Count - 2).First(k => words[k] == "Korea" && words[k + 1] == "-" && words[k + 2] == "Russia");
        Assert.True(i > 0);
        if (doc.Text.ToString().Contains("U.S.'s", StringComparison.Ordinal))
        {
            var u = words.IndexOf("U.S.");
            Assert.True(u >= 0 && words[u + 1] == "'s");
        }
    }

    [SkippableFact]
    public void Every_token_has_norm_lemma_and_the_text_round_trips()
    {
        var doc = TokenizeSeed().Document!;
        Assert.NotEmpty(doc.Tokens);
        foreach (var t in doc.Tokens)
        {
            Assert.Equal(doc.StringOf(t).ToLowerInvariant(), t.Norm);
            Assert.False(string.IsNullOrEmpty(t.Lemma));
        }
    }
}
