using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TextPipeline.Ingestion;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;
using TextPipeline.Text;

namespace TextPipeline.Tests.Ingestion;

/// <summary>
/// The inputs of issue 17 that sank runs, hung them or damaged articles silently: each gives a clear diagnostic at
/// the right place, and the good article beside it is still written.
/// </summary>
public sealed class HostileInputTests
{
    private const string GoodArticle = "Good article title\n\nThis is a perfectly good article that must survive every bad neighbour in its folder.\n";

    private static (RunOutcome Outcome, Dictionary<string, JsonElement> Articles) Run(TempDir dir, Action<TempDir> addBadInput, PipelineOptions? options = null)
    {
        dir.File("in/good.txt", GoodArticle);
        addBadInput(dir);
        var outcome = PipelineHarness.Run(dir.Combine("in"), dir.Combine("out"), options ?? new PipelineOptions { Jobs = 2, CacheDirectory = null });
        var articles = File.ReadAllLines(dir.Combine("out/articles.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(a => a.GetProperty("id").GetString()!, StringComparer.Ordinal);
        Assert.True(articles.ContainsKey("good"));
        return (outcome, articles);
    }

    private static string Text(JsonElement article) => article.GetProperty("text").GetString()!;

    [Fact]
    public void A_lone_surrogate_escape_in_any_json_field_is_replaced_and_reported_where_it_is()
    {
        using var dir = new TempDir();
        var (outcome, articles) = Run(dir, d =>
        {
            d.File("in/feed.jsonl", "{\"id\":\"a\",\"body\":\"ok body\",\"x\":\"\\ud800\"}\n{\"id\":\"b\",\"body\":\"Z\\udc00rich trams\"}\n");
            d.File("in/array.json", "[{\"id\":\"c\",\"title\":\"T\\ud83d\",\"body\":\"Third body\"}]");
        });
        Assert.Equal("ok body", Text(articles["feed#a"]));
        Assert.Equal("Z\uFFFDrich trams", Text(articles["feed#b"]));
        Assert.Equal("T\uFFFD", articles["array#c"].GetProperty("title").GetString());
        var surrogates = outcome.AllDiagnostics.Where(d => d.Id == "TP1023").ToList();
        Assert.Contains(surrogates, d => d.Path == "feed.jsonl" && d.Position == new LinePosition(0, 32));
        Assert.Contains(surrogates, d => d.Path == "feed.jsonl" && d.Position == new LinePosition(1, 19));
        Assert.Contains(surrogates, d => d.Path == "array.json");
    }

    [Fact]
    public void A_lone_surrogate_in_json_ld_keeps_the_page_text()
    {
        using var dir = new TempDir();
        var (_, articles) = Run(dir, d => d.File("in/page.html",
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bad \\ud800 headline\"}</script></head>"
            + "<body><article><p>The article body is long enough to be found as main content by the extractor, with commas, words, and more words.</p></article></body></html>"));
        Assert.Contains("article body is long enough", Text(articles["page"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Fifos_and_devices_are_skipped_without_reading_them()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs and /dev/zero are tested on Linux");
        using var dir = new TempDir();
        var watch = Stopwatch.StartNew();
        var (outcome, articles) = Run(dir, d =>
        {
            using (var mkfifo = Process.Start("mkfifo", d.Combine("in/pipe.txt"))) mkfifo.WaitForExit();
            File.CreateSymbolicLink(d.Combine("in/zero.txt"), "/dev/zero");
            File.CreateSymbolicLink(d.Combine("in/random.html"), "/dev/urandom");
        });
        Assert.Single(articles);
        Assert.Contains(outcome.AllDiagnostics, x => x.Id == "TP1020" && x.Path == "pipe.txt" && x.Message.Contains("FIFO", StringComparison.Ordinal));
        Assert.Contains(outcome.AllDiagnostics, x => x.Id == "TP1020" && x.Path == "zero.txt" && x.Message.Contains("character device", StringComparison.Ordinal));
        Assert.Contains(outcome.AllDiagnostics, x => x.Id == "TP1020" && x.Path == "random.html");
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), "the run must not wait for the FIFO");
    }

    [Fact]
    public void The_size_limit_is_enforced_while_reading_not_by_the_reported_length()
    {
        using var stream = new MemoryStream(new byte[5000]);
        Assert.Null(BoundedFile.ReadBounded(new UnknownLengthStream(stream), 4096, out var problem));
        Assert.Equal(BoundedReadFailure.TooLarge, problem!.Failure);
    }

    [Fact]
    public void A_config_file_that_is_a_device_is_refused_at_once()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/dev/zero is tested on Linux");
        var (_, problems) = TextPipeline.Diagnostics.DiagnosticOptions.Load("/dev/zero");
        Assert.Contains("character device", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_counted_and_reported()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "byte file names are tested on Linux");
        using var dir = new TempDir();
        var (outcome, _) = Run(dir, d =>
        {
            // .NET cannot name such a file; the shell can.
            using var sh = Process.Start("sh", ["-c", $"printf 'Title\\n\\nText of the article.\\n' > \"{d.Combine("in")}/caf$(printf '\\351').txt\""]);
            sh.WaitForExit();
        });
        Assert.Equal(2, outcome.Statistics.Files);
        Assert.Contains(outcome.AllDiagnostics, d => d.Id == "TP1025");
    }

    [Fact]
    public void An_unclosed_csv_quote_is_reported_at_its_row_and_later_rows_are_kept()
    {
        using var dir = new TempDir();
        var (outcome, articles) = Run(dir, d => d.File("in/rows.csv",
            "id,title,body\n1,First,\"The first body is fine.\"\n2,Second,\"This quote is never closed\n3,Third,The third row is plain.\n4,Fourth,\"The fourth row, quoted, is fine.\"\n"));
        Assert.Equal("The first body is fine.", Text(articles["rows#1"]));
        Assert.Equal("The third row is plain.", Text(articles["rows#3"]));
        Assert.Equal("The fourth row, quoted, is fine.", Text(articles["rows#4"]));
        Assert.False(articles.ContainsKey("rows#2"));
        Assert.Contains(outcome.AllDiagnostics, x => x.Id == "TP1009" && x.Position == new LinePosition(2, 0) && x.Message.Contains("never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void One_invalid_byte_in_utf8_replaces_only_that_byte()
    {
        using var dir = new TempDir();
        var (outcome, articles) = Run(dir, d => d.File("in/zurich.txt",
            [.. Encoding.UTF8.GetBytes("Zürich news\n\nThe city of Zürich said "), 0xFF, .. Encoding.UTF8.GetBytes(" on Monday that trams run.\n")]));
        Assert.Equal("Zürich news", articles["zurich"].GetProperty("title").GetString());
        Assert.Equal("The city of Zürich said \uFFFD on Monday that trams run.", Text(articles["zurich"]));
        Assert.Contains(outcome.AllDiagnostics, x => x.Id == "TP1022" && x.Position == new LinePosition(2, 24));
        Assert.DoesNotContain(outcome.AllDiagnostics, x => x.Id == "TP1005");
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_and_a_stray_nul_are_text_not_binary()
    {
        using var dir = new TempDir();
        var (outcome, articles) = Run(dir, d =>
        {
            d.File("in/utf16.txt", Encoding.Unicode.GetBytes("Title in UTF-16\n\nThis text was saved as UTF-16 without a byte order mark.\n"));
            d.File("in/utf16be.txt", Encoding.BigEndianUnicode.GetBytes("Big endian title\n\nThis text was saved as UTF-16 big endian without a mark.\n"));
            d.File("in/nul.txt", [.. Encoding.UTF8.GetBytes("Nul title\n\nThis article has one stray NUL byte "), 0, .. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(" and goes on.", 20)) + "\n")]);
        });
        Assert.Equal("This text was saved as UTF-16 without a byte order mark.", Text(articles["utf16"]));
        Assert.Equal("Big endian title", articles["utf16be"].GetProperty("title").GetString());
        Assert.DoesNotContain('\0', Text(articles["nul"]));
        Assert.Contains('\uFFFD', Text(articles["nul"]));
        Assert.DoesNotContain(outcome.AllDiagnostics, x => x.Id == "TP1002");
        Assert.Contains(outcome.AllDiagnostics, x => x.Id == "TP1022" && x.Path == "nul.txt");
    }

    [Fact]
    public void A_multi_member_gzip_is_read_whole_and_a_truncated_one_is_still_rejected()
    {
        using var dir = new TempDir();
        var first = Gzip("Two members\n\nThe first member of the file. ");
        var second = Gzip("The second member of the file.\n");
        var (outcome, articles) = Run(dir, d =>
        {
            d.File("in/multi.txt.gz", [.. first, .. second]);
            d.File("in/cut.txt.gz", [.. first, .. second[..(second.Length - 5)]]);
        });
        Assert.Equal("The first member of the file. The second member of the file.", Text(articles["multi"]));
        Assert.Contains(outcome.AllDiagnostics, x => x.Id == "TP1006" && x.Path == "cut.txt.gz");
    }

    [Fact]
    public void Deeply_nested_html_is_cut_at_the_depth_limit_in_linear_time()
    {
        using var dir = new TempDir();
        var path = dir.File("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000))
            + "<p>Deep text of the article, long enough to be a paragraph of it.</p>" + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>");
        var watch = Stopwatch.StartNew();
        var article = Assert.Single(new ArticleReader().Read(new InputFile(path, "deep.html", path, SourceFormat.Html, false)).Articles);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Contains("Deep text of the article", article.Text.ToString(), StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, x => x.Id == "TP1026");
    }

    [Fact]
    public void A_huge_text_is_cut_at_the_article_size_limit()
    {
        using var dir = new TempDir();
        var paragraph = "This sentence is part of a very long document that no news site would publish as one article.\n\n";
        var path = dir.File("huge.txt", "Huge\n\n" + string.Concat(Enumerable.Repeat(paragraph, 12_000)));
        var article = Assert.Single(new ArticleReader().Read(new InputFile(path, "huge.txt", path, SourceFormat.Text, false)).Articles);
        Assert.InRange(article.Text.Length, 180_000, 200_000);
        Assert.EndsWith("article.", article.Text.ToString().TrimEnd(), StringComparison.Ordinal);
        Assert.All(article.Paragraphs, p => Assert.True(p.End <= article.Text.Length));
        Assert.Contains(article.Diagnostics, x => x.Id == "TP1026");
    }

    [Fact]
    public void A_malformed_gazetteer_row_is_reported()
    {
        using var dir = new TempDir();
        var gazetteer = dir.File("site.csv", "name,type,aliases,id\n,PER,,x1\nAcme Corp,COMPANY,,x2\n\"Broken,ORG,,x3\n");
        var (outcome, _) = Run(dir, _ => { }, new PipelineOptions { Jobs = 1, CacheDirectory = null, GazetteerPath = gazetteer });
        var rows = outcome.AllDiagnostics.Where(d => d.Id == "TP1028").Select(d => d.Message).Distinct().ToList();
        Assert.Contains(rows, m => m.Contains("line 2: the row has no name", StringComparison.Ordinal));
        Assert.Contains(rows, m => m.Contains("unknown type 'COMPANY'", StringComparison.Ordinal));
        Assert.Contains(rows, m => m.Contains("broken quoting", StringComparison.Ordinal));
    }

    [Fact]
    public void Binary_text_is_refused_with_a_diagnostic()
    {
        var (text, diagnostics) = ArticleReader.DecodeText([0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13], "<stdin>");
        Assert.Null(text);
        Assert.Equal("TP1002", Assert.Single(diagnostics).Id);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    /// <summary>A stream that cannot tell its length, like /proc files or a pipe.</summary>
    private sealed class UnknownLengthStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
