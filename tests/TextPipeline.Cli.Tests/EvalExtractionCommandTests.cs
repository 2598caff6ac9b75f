using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TextPipeline.Cli;

namespace TextPipeline.Cli.Tests;

public sealed class EvalExtractionCommandTests : IDisposable
{
    private const string Body = "The river rose by two metres overnight, flooding the lower town and closing the main bridge to traffic.";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-evalx-" + Guid.NewGuid().ToString("N"));

    public EvalExtractionCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "html"));
        var page = $"<html><body><nav><a href='/'>Home</a></nav><article><p>{Body}</p></article></body></html>";
        using (var gzip = new GZipStream(File.Create(Path.Combine(_dir, "html", "good.html.gz")), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(page));
        }
        File.WriteAllText(Path.Combine(_dir, "gold.json"), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["good"] = new { articleBody = Body },
            ["missing"] = new { articleBody = "A page whose HTML file is not there at all." },
        }));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Prints_metrics_json_on_stdout_and_per_page_scores_on_stderr()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var predictions = Path.Combine(_dir, "pred.json");
        var code = Program.CreateRootCommand()
            .Parse(["eval", "extraction", "--html", Path.Combine(_dir, "html"), "--gold", Path.Combine(_dir, "gold.json"), "--verbose", "--predictions", predictions])
            .Invoke(new() { Output = output, Error = error, EnableDefaultExceptionHandler = false });

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("pages").GetInt32());
        Assert.Equal(1, root.GetProperty("missing").GetInt32());
        Assert.Equal(1.0, root.GetProperty("precision").GetDouble()); // only the found page predicted anything, exactly
        Assert.Equal(0.5, root.GetProperty("recall").GetDouble());    // the missing page has recall 0
        Assert.Contains("missing\t0.000\t0.000\t0.000\t(page missing)", error.ToString(), StringComparison.Ordinal);
        using var written = JsonDocument.Parse(File.ReadAllText(predictions));
        Assert.Equal(Body, written.RootElement.GetProperty("good").GetProperty("articleBody").GetString());
    }
}
