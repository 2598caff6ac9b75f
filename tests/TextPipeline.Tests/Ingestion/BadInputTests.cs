using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Ingestion;

/// <summary>Each kind of bad input gives a clear diagnostic, and the good article beside it is still written.</summary>
public sealed class BadInputTests
{
    private const string GoodArticle = "Good article title\n\nThis is a perfectly good article that must survive every bad neighbour in its folder.\n";

    private static (RunOutcome Outcome, List<JsonElement> Articles) RunWith(Action<TempDir> addBadInput, TempDir dir, PipelineOptions? options = null)
    {
        dir.File("in/good.txt", GoodArticle);
        addBadInput(dir);
        var outcome = PipelineHarness.Run(dir.Combine("in"), dir.Combine("out"), options ?? new PipelineOptions { Jobs = 2 });
        var lines = File.ReadAllLines(dir.Combine("out/articles.jsonl"));
        var articles = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Assert.Contains(articles, a => a.GetProperty("id").GetString() == "good");
        Assert.True(File.Exists(dir.Combine("out/diagnostics.csv")));
        return (outcome, articles);
    }

    private static void AssertDiagnostic(RunOutcome outcome, string id, string? path = null)
    {
        Assert.Contains(outcome.AllDiagnostics, d => d.Id == id && (path is null || d.Path == path));
    }

    [Fact]
    public void Empty_file()
    {
        using var dir = new TempDir();
        var (outcome, articles) = RunWith(d => d.File("in/empty.txt", ""), dir);
        AssertDiagnostic(outcome, "TP1003", "empty.txt");
        Assert.Equal(2, articles.Count);
    }

    [Fact]
    public void Binary_file()
    {
        using var dir = new TempDir();
        var (outcome, articles) = RunWith(d => d.File("in/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), dir);
        AssertDiagnostic(outcome, "TP1002", "image.txt");
        Assert.Single(articles);
    }

    [Fact]
    public void Truncated_gzip()
    {
        using var dir = new TempDir();
        var (outcome, articles) = RunWith(d =>
        {
            using var buffer = new MemoryStream();
            using (var gz = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                gz.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Some article text that compresses. ", 200))));
            }
            d.File("in/cut.txt.gz", buffer.ToArray()[..(int)(buffer.Length / 2)]);
        }, dir);
        AssertDiagnostic(outcome, "TP1006", "cut.txt.gz");
        Assert.Single(articles);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_as_windows_1252_with_a_warning()
    {
        using var dir = new TempDir();
        var (outcome, articles) = RunWith(d => d.File("in/latin.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" opens\n\nThe caf"), 0xE9, .. Encoding.ASCII.GetBytes(" opened today.\n")]), dir);
        AssertDiagnostic(outcome, "TP1005", "latin.txt");
        var latin = articles.Single(a => a.GetProperty("id").GetString() == "latin");
        Assert.Equal("Café opens", latin.GetProperty("title").GetString());
    }

    [Fact]
    public void Huge_file_is_skipped()
    {
        using var dir = new TempDir();
        var (outcome, articles) = RunWith(d =>
        {
            using var f = File.Create(d.Combine("in/huge.txt"));
            f.SetLength(100L * 1024 * 1024); // sparse: cheap to create, 100 MB to read
        }, dir);
        AssertDiagnostic(outcome, "TP1007", "huge.txt");
        Assert.Single(articles);
    }

    [Fact]
    public void Unreadable_file()
    {
        using var dir = new TempDir();
        var (outcome, articles) = RunWith(d =>
        {
            // A dangling link cannot be read by anyone (a chmod 000 file can still be read by root).
            File.CreateSymbolicLink(d.Combine("in/gone.txt"), d.Combine("nowhere/gone.txt"));
        }, dir);
        AssertDiagnostic(outcome, "TP1001");
        Assert.Single(articles);
    }

    [Fact]
    public void Malformed_html_json_and_csv()
    {
        using var dir = new TempDir();
        var (outcome, articles) = RunWith(d =>
        {
            d.File("in/broken.html", "<html><body><div><p>Unclosed <b>markup <p>still text that a reader can use <table><tr><td>cell");
            d.File("in/bad.json", "{\"title\": \"x\", \"body\": ");
            d.File("in/feed.jsonl", "{\"id\":\"1\",\"body\":\"First good record.\"}\n{not json}\n{\"id\":\"3\",\"body\":\"Third good record.\"}\n");
            d.File("in/table.csv", "id,title,body\n1,One,\"Good row one.\"\n2,Two,\"Unclosed quote row\n");
            d.File("in/nobody.csv", "id,title\n1,Only a title\n");
        }, dir);
        AssertDiagnostic(outcome, "TP1008", "bad.json");
        AssertDiagnostic(outcome, "TP1008", "feed.jsonl");
        AssertDiagnostic(outcome, "TP1009", "nobody.csv");
        var ids = articles.Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains("feed#1", ids);
        Assert.Contains("feed#3", ids);
        Assert.Contains("table#1", ids);
        Assert.Contains("broken", ids);
    }

    [Fact]
    public void Symlink_loop_is_reported_not_followed()
    {
        using var dir = new TempDir();
        var (outcome, articles) = RunWith(d =>
        {
            Directory.CreateDirectory(d.Combine("in/sub"));
            d.File("in/sub/inner.txt", GoodArticle.Replace("Good", "Inner", StringComparison.Ordinal));
            Directory.CreateSymbolicLink(d.Combine("in/sub/loop"), d.Combine("in"));
        }, dir);
        AssertDiagnostic(outcome, "TP1013");
        Assert.Equal(2, articles.Count);
    }
}
