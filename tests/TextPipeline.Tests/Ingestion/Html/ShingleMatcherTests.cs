using TextPipeline.Ingestion.Html;
using Xunit;

namespace TextPipeline.Tests.Ingestion.Html;

public sealed class ShingleMatcherTests
{
    [Fact]
    public void Tokenizes_like_python_word_regex()
    {
        Assert.Equal(["It", "s", "snake_case", "café", "2026", "Ωmega", "x²"], ShingleMatcher.Tokenize("It's snake_case, café—2026! Ωmega x²"));
    }

    [Fact]
    public void Identical_texts_score_one_and_disjoint_texts_score_zero()
    {
        const string text = "one two three four five six";
        var same = ShingleMatcher.Match(text, "one, two. three four\n\nfive six");
        Assert.Equal((1.0, 1.0), (same.Precision, same.Recall));

        var disjoint = ShingleMatcher.Match(text, "seven eight nine ten eleven");
        Assert.Equal((0.0, 0.0), (disjoint.Precision, disjoint.Recall));
    }

    [Fact]
    public void Counts_shingles_as_a_multiset_and_normalises()
    {
        // Gold: 3 shingles (a b c d, b c d e, c d e f). Predicted: gold plus 2 extra shingles (d e f g, e f g h).
        var counts = ShingleMatcher.Match("a b c d e f", "a b c d e f g h");

        Assert.Equal(3.0 / 5, counts.TruePositives, 9);
        Assert.Equal(2.0 / 5, counts.FalsePositives, 9);
        Assert.Equal(0, counts.FalseNegatives);
        Assert.Equal(3.0 / 5, counts.Precision, 9);
        Assert.Equal(1.0, counts.Recall);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle()
    {
        Assert.Equal(1.0, ShingleMatcher.Match("short text", "short text").Precision);
        Assert.Equal(0.0, ShingleMatcher.Match("short text", "short").Recall);
    }

    [Fact]
    public void Report_averages_per_page_scores_and_takes_f1_of_the_averages()
    {
        var pages = new PageScore[]
        {
            new("a", new ShingleCounts(1, 0, 0), true, ""),        // P 1, R 1
            new("b", new ShingleCounts(0.5, 0.5, 0), true, ""),    // P 0.5, R 1
            new("c", new ShingleCounts(0, 0, 1), true, ""),        // nothing predicted: no precision, R 0
        };

        var report = ExtractionEvaluator.Summarize([.. pages]);

        Assert.Equal(0.75, report.Precision, 9);
        Assert.Equal(2.0 / 3, report.Recall, 9);
        Assert.Equal(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), report.F1, 9);
    }
}
