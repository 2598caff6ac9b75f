using System.Text.Json;
using TextPipeline.Ingestion;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;
using TextPipeline.Text;

namespace TextPipeline.Tests.Ingestion;

/// <summary>The formats sites export (one article per item, with its metadata) and language identification.</summary>
public sealed class FeedAndLanguageTests
{
    private static List<Article> Read(TempDir dir, string name, string content, out List<TextPipeline.Diagnostics.Diagnostic> diagnostics)
    {
        var path = dir.File(name, content);
        var format = InputFile.FormatOf(name)!.Value;
        var result = new ArticleReader(now: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Read(new InputFile(path, name, path, format.Format, format.Gzipped));
        diagnostics = [.. result.Diagnostics, .. result.Articles.SelectMany(a => a.Diagnostics)];
        return [.. result.Articles];
    }

    [Fact]
    public void Sample_feeds_give_one_article_per_item_with_its_metadata()
    {
        using var dir = new TempDir();
        var samples = SharedData.InRepo("data", "samples");
        var cases = new (string File, int Items, string Title, string Author, string Published)[]
        {
            ("feeds/jsonfeed.json", 2, "Island ferries move to a summer timetable two weeks early", "Ola Berg", "2025-03-10T08:30:00Z"),
            ("feeds/wordpress-posts.json", 2, "Community garden doubles in size & adds a greenhouse", "Tom Baker", "2025-02-03T08:15:00Z"),
            ("feeds/rss.xml", 2, "Rail line reopens after landslide repairs", "Sam Ortiz", "2025-04-14T07:00:00Z"),
            ("feeds/atom.xml", 1, "Seagrass meadows recover in the bay", "Dr. Irene Costa", "2025-05-02T10:00:00Z"),
            ("web/newsarticle.json", 1, "City approves new cycle lanes on the ring road", "Jonas Keller", "2025-01-21T11:00:00Z"),
        };
        foreach (var (file, items, title, author, published) in cases)
        {
            var articles = Read(dir, Path.GetFileName(file), File.ReadAllText(Path.Combine(samples, file)), out var diagnostics);
            Assert.Equal(items, articles.Count);
            var first = articles[0];
            Assert.Equal(title, first.Title);
            Assert.Equal(author, first.Metadata.Author);
            Assert.Equal(published, first.Metadata.Published);
            Assert.NotNull(first.Metadata.Url);
            Assert.DoesNotContain("<p>", first.Text.ToString(), StringComparison.Ordinal);
            Assert.True(first.Paragraphs.Count >= 2, $"{file}: paragraphs of the item's HTML");
            Assert.DoesNotContain(diagnostics, d => d.Severity >= TextPipeline.Diagnostics.DiagnosticSeverity.Warning);
        }
    }

    [Fact]
    public void A_record_without_a_body_is_reported_at_its_own_line_and_column()
    {
        using var dir = new TempDir();
        var articles = Read(dir, "items.json", "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"items\": [\n    {\"id\": \"1\", \"content_text\": \"First item text.\"},\n    {\"id\": \"2\", \"title\": \"No body\"}\n  ]\n}", out var diagnostics);
        Assert.Single(articles);
        Assert.Contains(diagnostics, d => d.Id == "TP1015" && d.Position == new LinePosition(4, 4) && d.ArticleId == "items#2");
    }

    [Fact]
    public void Records_before_a_json_syntax_error_are_kept()
    {
        using var dir = new TempDir();
        var articles = Read(dir, "cut.json", "[{\"id\":\"a\",\"body\":\"First.\"},\n{\"id\":\"b\",\"body\":\"Second.\"},\n{\"id\":\"c\",\"bo", out var diagnostics);
        Assert.Equal(["cut#a", "cut#b"], articles.Select(a => a.Id));
        Assert.Contains(diagnostics, d => d.Id == "TP1008" && d.Position!.Value.Line == 2);
    }

    [Fact]
    public void Items_before_an_xml_syntax_error_are_kept_and_the_error_is_located()
    {
        using var dir = new TempDir();
        var articles = Read(dir, "broken.rss", "<rss version=\"2.0\"><channel>\n<item><title>One</title><description>First item body.</description></item>\n<item><title>Two</title><description>Second & broken</description></item>\n</channel></rss>", out var diagnostics);
        Assert.Equal("One", Assert.Single(articles).Title);
        Assert.Contains(diagnostics, d => d.Id == "TP1027" && d.Position!.Value.Line == 2);
    }

    [Fact]
    public void An_xml_file_that_is_not_a_feed_is_reported()
    {
        using var dir = new TempDir();
        Assert.Empty(Read(dir, "pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>", out var diagnostics));
        Assert.Contains(diagnostics, d => d.Id == "TP1027" && d.Message.Contains("<project>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Storm hits the east coast overnight | BBC News", "Storm hits the east coast overnight")]
    [InlineData("New York State Attorney General reportedly investigating WeWork – TechCrunch", "New York State Attorney General reportedly investigating WeWork")]
    [InlineData("Spider-Man - Far From Home", "Spider-Man - Far From Home")]
    [InlineData("Why | matters", "Why | matters")]
    public void Html_titles_lose_the_site_name(string title, string expected)
    {
        using var dir = new TempDir();
        var html = $"<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"BBC News\"></head><body><article><p>The body of the page is long enough to count as its main content, with commas, clauses, and words.</p></article></body></html>";
        Assert.Equal(expected, Assert.Single(Read(dir, "page.html", html, out _)).Title);
    }

    [Fact]
    public void Non_english_articles_are_labelled_and_kept_out_of_the_english_stages()
    {
        using var dir = new TempDir();
        dir.File("in/de.txt", "Die Bundesbank senkt ihre Prognose\n\nDie Deutsche Bundesbank hat am Mittwoch ihre Wachstumsprognose für das laufende Jahr gesenkt. "
            + "Präsident Joachim Nagel sagte in Frankfurt, die Industrie leide unter hohen Energiepreisen und einer schwachen Nachfrage aus China. "
            + "Die Banque de France und die Europäische Zentralbank hatten ähnliche Einschätzungen veröffentlicht.\n");
        dir.File("in/fr.txt", "La Banque de France relève ses prévisions\n\nLa Banque de France a relevé mercredi ses prévisions de croissance pour l'année en cours. "
            + "Son gouverneur a déclaré à Paris que la consommation des ménages restait solide malgré la hausse des prix de l'énergie.\n");
        dir.File("in/en.txt", "Central bank cuts its forecast\n\nThe central bank cut its growth forecast for the year on Wednesday. "
            + "Its governor said in London that industry was suffering from high energy prices and weak demand from China.\n");
        var outcome = PipelineHarness.Run(dir.Combine("in"), dir.Combine("out"), new PipelineOptions { Jobs = 2, CacheDirectory = null });
        var articles = File.ReadAllLines(dir.Combine("out/articles.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(a => a.GetProperty("id").GetString()!, StringComparer.Ordinal);

        Assert.Equal("de", articles["de"].GetProperty("language").GetString());
        Assert.Equal("fr", articles["fr"].GetProperty("language").GetString());
        Assert.Equal("en", articles["en"].GetProperty("language").GetString());
        foreach (var id in new[] { "de", "fr" })
        {
            Assert.Equal(0, articles[id].GetProperty("tags").GetArrayLength());
            Assert.Equal(0, articles[id].GetProperty("entities").GetArrayLength());
            Assert.Equal(0, articles[id].GetProperty("keyphrases").GetArrayLength());
            Assert.Contains(outcome.AllDiagnostics, d => d.Id == "TP1024" && d.ArticleId == id);
        }
        Assert.True(articles["en"].GetProperty("tags").GetArrayLength() > 0);
        Assert.DoesNotContain(File.ReadAllLines(dir.Combine("out/entities.csv")).Skip(1), line => line.StartsWith("de,", StringComparison.Ordinal) || line.StartsWith("fr,", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_non_english_page_of_the_extraction_set_is_labelled()
    {
        Skip.If(SharedData.Data("article-extraction", "html") is null, SharedData.SkipReason);
        var dir = SharedData.Data("article-extraction", "html")!;
        // Read by hand: these nine pages are not in English (the other 81 are).
        var expected = new Dictionary<string, string>
        {
            ["0ec95c72"] = "ko", ["11ea381a"] = "pt", ["20b2b649"] = "it", ["21486419"] = "id", ["23aaecd1"] = "pt",
            ["3252222e"] = "pt", ["3c6d3381"] = "ru", ["57b4dafd"] = "de", ["7837c9d6"] = "id",
        };
        var reader = new ArticleReader();
        foreach (var path in Directory.GetFiles(dir, "*.html.gz"))
        {
            var name = Path.GetFileName(path);
            var article = Assert.Single(reader.Read(new InputFile(path, name, path, SourceFormat.Html, true)).Articles);
            Assert.Equal(expected.GetValueOrDefault(name[..8], "en"), article.Metadata.Language);
        }
    }
}
