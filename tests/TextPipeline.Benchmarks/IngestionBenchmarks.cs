using BenchmarkDotNet.Attributes;
using TextPipeline.Ingestion;

namespace TextPipeline.Benchmarks;

/// <summary>
/// Ingestion throughput (read, decode, structure, chrome removal) over the BBC News corpus, single thread.
/// MB/s = corpus bytes / mean time. Needs ../shared/data/bbc-news (or TEXTPIPELINE_SHARED).
/// Run: dotnet run -c Release --project tests/TextPipeline.Benchmarks -- --filter '*IngestionBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private IReadOnlyList<InputFile> _files = [];
    private ArticleReader _reader = new();

    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = SharedDataLocator.Require("bbc-news");
        var (files, _) = InputWalker.Walk([root]);
        _files = files;
        CorpusBytes = files.Sum(f => new FileInfo(f.FullPath).Length);
        _reader = new ArticleReader();
        Console.Error.WriteLine($"// BBC corpus: {_files.Count} files, {CorpusBytes / 1e6:0.00} MB");
    }

    [Benchmark]
    public int ReadBbcCorpus()
    {
        var n = 0;
        foreach (var file in _files)
        {
            n += _reader.Read(file).Articles.Length;
        }
        return n;
    }
}
