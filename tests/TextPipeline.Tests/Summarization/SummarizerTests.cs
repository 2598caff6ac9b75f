using TextPipeline.Summarization;
using TextPipeline.Tests.Keyphrases;

namespace TextPipeline.Tests.Summarization;

public sealed class SummarizerTests
{
    private const string News =
        "Hey guys! " +
        "The city council approved a new budget for public transport on Tuesday after a long debate. " +
        "The budget adds forty new buses and extends the tram line to the northern suburbs by next year. " +
        "It also raises fares by five percent for most passengers. " +
        "Critics said the fare rise would hurt low-income families who depend on buses. " +
        "What do you think about the new fares? " +
        "The mayor defended the plan and said the extra money would make transport faster and more reliable. " +
        "Photo: the new tram line (pictured) under construction. " +
        "Work on the tram extension will start in the spring and should end before the winter.";

    private static (Summary Summary, bool Truncated) Summarize(string body, SummaryBudget budget)
    {
        var article = TestArticles.Make(body);
        return Summarizer.Summarize(TestArticles.Analyze(article), article, [], budget);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Exactly_N_sentences_verbatim_in_article_order(int n)
    {
        var (summary, truncated) = Summarize(News, new SummaryBudget(n, null));
        Assert.False(truncated);
        Assert.Equal(n, summary.Sentences.Count);
        Assert.Equal(summary.Sentences.OrderBy(s => s.Start), summary.Sentences);
        Assert.Equal(string.Join(' ', summary.Sentences.Select(s => News.Substring(s.Start, s.Length))), summary.Text);
    }

    [Fact]
    public void Never_chatter_questions_captions_or_a_dangling_opener()
    {
        for (var n = 1; n <= 6; n++)
        {
            var (summary, _) = Summarize(News, new SummaryBudget(n, null));
            Assert.DoesNotContain("Hey guys", summary.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("?", summary.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("pictured", summary.Text, StringComparison.Ordinal);
            if (summary.Text.Contains("It also raises fares", StringComparison.Ordinal))
            {
                Assert.Contains("The budget adds forty new buses", summary.Text, StringComparison.Ordinal);
            }
            Assert.False(summary.Text.StartsWith("It ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(90)]
    [InlineData(120)]
    [InlineData(200)]
    [InlineData(400)]
    public void A_character_budget_is_met_with_whole_sentences(int chars)
    {
        var (summary, truncated) = Summarize(News, new SummaryBudget(3, chars));
        Assert.False(truncated);
        Assert.InRange(summary.Text.Length, 1, chars);
        Assert.Equal(string.Join(' ', summary.Sentences.Select(s => News.Substring(s.Start, s.Length))), summary.Text);
    }

    [Fact]
    public void When_no_sentence_fits_the_best_one_is_cut_at_a_word_with_an_ellipsis()
    {
        var (summary, truncated) = Summarize(News, new SummaryBudget(3, 30));
        Assert.True(truncated);
        Assert.True(summary.Text.Length <= 30, summary.Text);
        Assert.EndsWith("…", summary.Text, StringComparison.Ordinal);
        var span = Assert.Single(summary.Sentences);
        var kept = News.Substring(span.Start, span.Length);
        Assert.Equal(kept + "…", summary.Text);
        Assert.True(span.End == News.Length || char.IsWhiteSpace(News[span.End]) || char.IsPunctuation(News[span.End]), "cut inside a word");
    }

    [Fact]
    public void The_ratio_overrides_the_sentence_count()
    {
        Assert.Equal(2, SummaryBudget.For(10, 3, 0.2, null).Sentences);
        Assert.Equal(1, SummaryBudget.For(2, 3, 0.1, null).Sentences);
        Assert.Equal(3, SummaryBudget.For(10, 3, null, null).Sentences);
    }

    [Fact]
    public void No_fit_sentence_gives_an_empty_summary()
    {
        var (summary, truncated) = Summarize("Breaking news. What now? Hey guys!", new SummaryBudget(3, null));
        Assert.False(truncated);
        Assert.Equal(Summary.Empty, summary);
    }

    [Fact]
    public void Same_input_gives_the_same_summary()
    {
        Assert.Equal(Summarize(News, new SummaryBudget(3, null)), Summarize(News, new SummaryBudget(3, null)));
    }

    [Fact]
    public void Rouge_is_one_for_identical_text_and_counts_stemmed_overlap()
    {
        var same = Rouge.Score(["The cats sat on the mat."], ["The cats sat on the mat."]);
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (same.Rouge1, same.Rouge2, same.RougeL, same.RougeLsum));
        var stemmed = Rouge.Score(["cats running"], ["cat runs"]);
        Assert.Equal(1.0, stemmed.Rouge1);
        Assert.Equal(0.0, Rouge.Score(["alpha beta"], ["gamma delta"]).Rouge1);
        Assert.Equal(0.5, Rouge.Score(["a b c d"], ["a b x y"]).Rouge1, 6);
    }
}
