using BenchmarkDotNet.Attributes;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Pipeline;
using TextPipeline.Summarization;
using TextPipeline.Tagging;
using TextPipeline.Tokenization;

namespace TextPipeline.Benchmarks;

/// <summary>
/// Keyphrases + tags + summary on one core over the first 200 BBC News articles, already tokenized (tokenization
/// is excluded, as in the target). Articles/s = 200 / mean time. Needs ../shared/data/bbc-news.
/// Run: dotnet run -c Release --project tests/TextPipeline.Benchmarks -- --filter '*KeyphraseTagSummaryBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class KeyphraseTagSummaryBenchmarks
{
    private const int Articles = 200;
    private List<ArticleAnalysis> _articles = [];
    private IArticleStep[] _steps = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = SharedDataLocator.Require("bbc-news");
        var (files, _) = InputWalker.Walk([root]);
        var pipeline = AnalysisPipeline.Default.Through("tokenize").Prepare(new PipelineOptions { Jobs = 1 });
        _articles = [.. new PipelineRunner(pipeline).Analyze([.. files.Take(Articles).Select(f => f.FullPath)]).Corpus.Articles];
        _steps = [.. AnalysisPipeline.Default.Only("keyphrases", "subjects", "tags", "summaries").Prepare(new PipelineOptions()).Stages.Select(s => s.Article!)];
        Console.Error.WriteLine($"// {_articles.Count} BBC articles, {_articles.Sum(a => a.WordCount)} words");
    }

    [Benchmark]
    public int KeyphrasesTagsSummaries()
    {
        var n = 0;
        foreach (var article in _articles)
        {
            var a = article;
            foreach (var step in _steps) a = step.Process(a, CancellationToken.None);
            n += a.Tags.Count + a.Summary.Sentences.Count;
        }
        return n;
    }
}
