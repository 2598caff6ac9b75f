using TextPipeline.Ingestion.Html;

namespace TextPipeline.Tests.Ingestion;

public sealed class ExtractionTunerTests
{
    [Fact]
    public void A_setting_that_helps_on_the_fitting_half_is_chosen_and_scored_on_the_other_half()
    {
        // Bodies of short lines (18-24 characters): below the shipped 25-character paragraph minimum, so the shipped
        // settings find no article; a smaller minimum finds them on both halves.
        var pages = Enumerable.Range(0, 8).Select(Page).ToList();
        var shipped = ExtractionEvaluator.Score(pages, HtmlExtractionSettings.Default);
        var cv = ExtractionTuner.Run(pages);

        Assert.Equal(2, cv.Folds.Length);
        Assert.All(cv.Folds, f => Assert.True(f.Chosen.MinParagraphChars < 25, f.Chosen.Describe()));
        Assert.All(cv.Folds, f => Assert.True(f.TestF1 > f.TestF1Shipped + 0.1, $"held-out {f.TestF1} vs shipped {f.TestF1Shipped}"));
        Assert.True(cv.F1 > shipped.F1 + 0.1);
        Assert.Equal(shipped.F1, cv.ShippedF1, 6);
    }

    [Fact]
    public void Noise_below_the_minimum_gain_never_moves_a_setting()
    {
        var pages = new[] { Page(0) with { Html = "<html><body><div><p>" + string.Join(" ", Enumerable.Repeat("Plain sentence of an article, long enough.", 5)) + "</p></div></body></html>", Gold = string.Join(" ", Enumerable.Repeat("Plain sentence of an article, long enough.", 5)) } };
        var (settings, _) = ExtractionTuner.Fit(pages, HtmlExtractionSettings.Default);
        Assert.Equal(HtmlExtractionSettings.Default, settings);
    }

    private static GoldPage Page(int i)
    {
        var lines = Enumerable.Range(0, 12).Select(k => $"Short line {i}-{k} of news.").ToList();
        var html = "<html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav><div class='story'>"
            + string.Concat(lines.Select(l => $"<p>{l}</p>"))
            + "</div><footer>Copyright</footer></body></html>";
        return new GoldPage($"p{i:00}", string.Join("\n", lines), html);
    }
}
