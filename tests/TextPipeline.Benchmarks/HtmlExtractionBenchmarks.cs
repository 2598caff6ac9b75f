using System.Text;
using BenchmarkDotNet.Attributes;
using TextPipeline.Ingestion.Html;

namespace TextPipeline.Benchmarks;

/// <summary>
/// HTML main-content extraction throughput on the 90 pages of ../shared/data/article-extraction, single thread:
/// parse + metadata + pruning + scoring + text writing over already-decoded pages. MB/s = decoded UTF-8 bytes / mean time.
/// Run: dotnet run -c Release --project tests/TextPipeline.Benchmarks -- --filter '*HtmlExtractionBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = SharedDataLocator.Require("article-extraction", "html");
        _pages = [.. Directory.GetFiles(dir, "*.html.gz").Order(StringComparer.Ordinal).Select(HtmlPageReader.Read)];
        var bytes = _pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p));
        Console.Error.WriteLine($"// article-extraction: {_pages.Length} pages, {bytes / 1e6:0.00} MB of decoded HTML (UTF-8)");
    }

    [Benchmark]
    public int ExtractAllPages()
    {
        var chars = 0;
        foreach (var page in _pages)
        {
            chars += HtmlArticleExtractor.Extract(page).Text.Length;
        }
        return chars;
    }
}
