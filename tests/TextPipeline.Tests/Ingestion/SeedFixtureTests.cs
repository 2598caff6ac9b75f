using TextPipeline.Diagnostics;
using TextPipeline.Ingestion;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Ingestion;

/// <summary>The real scraped article: headings found, related-news chrome kept out, no body sentence lost.</summary>
public sealed class SeedFixtureTests
{
    private static readonly string[] s_headings =
    [
        "The Unexpected Visit: More Than Just a Friendly Hello",
        "What Was on the Agenda? Key Discussion Points",
        "Geopolitical Implications: A New Axis of Power?",
        "What Does This Mean for the Rest of the World?",
        "The Future of North Korea-Russia Relations: Predictions and Possibilities",
    ];

    private static Article ReadSeed(out string[] sourceLines)
    {
        var path = SharedData.Fixture("seed-article.txt");
        Skip.If(path is null, SharedData.SkipReason);
        sourceLines = File.ReadAllLines(path!);
        var file = new InputFile(path!, "seed-article.txt", path!, SourceFormat.Text, false);
        return Assert.Single(new ArticleReader().Read(file).Articles);
    }

    [SkippableFact]
    public void Five_section_headings_are_found()
    {
        var article = ReadSeed(out _);
        var headings = article.Headings.Select(h => article.Text.ToString(h)).ToArray();
        Assert.Equal(s_headings, headings);
    }

    [SkippableFact]
    public void Everything_from_Lastest_News_on_is_kept_out_and_reported()
    {
        var article = ReadSeed(out _);
        var text = article.Text.ToString();
        Assert.DoesNotContain("Lastest News", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related News", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Views", text, StringComparison.Ordinal);
        Assert.EndsWith("staying informed helps us make sense of it all!", text.TrimEnd(), StringComparison.Ordinal);
        var chrome = Assert.Single(article.Diagnostics, d => d.Id == "TP1004");
        Assert.Equal(DiagnosticSeverity.Info, chrome.Severity);
        Assert.Equal(27, chrome.Line);
    }

    [SkippableFact]
    public void No_body_line_is_lost_and_the_text_is_verbatim()
    {
        var article = ReadSeed(out var lines);
        var text = article.Text.ToString();
        var end = Array.IndexOf(lines, "Lastest News");
        Assert.True(end > 0);
        foreach (var line in lines[..end])
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }
        Assert.Equal(end - s_headings.Length, article.Paragraphs.Count);
        Assert.Null(article.Title);
    }
}
