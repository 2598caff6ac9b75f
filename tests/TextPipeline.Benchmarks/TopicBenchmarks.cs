using TextPipeline.Pipeline;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TextPipeline.Topics;

namespace TextPipeline.Benchmarks;

/// <summary>
/// Topic model speed on the de-duplicated BBC News corpus: training K=20 (the default 100 iterations, 2 sampler threads) and
/// inference (articles/s = 2,127 / mean time of InferBbcCorpus). Training is slow, so few iterations are run.
/// Run: dotnet run -c Release --project tests/TextPipeline.Benchmarks -- --filter '*TopicBenchmarks*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TopicBenchmarks
{
    private TopicCorpus? _corpus;
    private TopicModel? _model;
    private List<List<TopicTerm>> _terms = [];

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = AnalysisPipeline.Default.Through("tokenize").Prepare(new PipelineOptions { Jobs = 2 });
        var articles = new PipelineRunner(pipeline).Analyze([SharedDataLocator.Require("bbc-news")]).Corpus.Articles;
        _corpus = TopicCorpus.From(articles);
        _terms = [.. _corpus.Documents.Select(d => d.Terms)];
        _model = TopicTrainer.Train(_corpus.Documents, new TopicTrainingOptions { Topics = 20 }, _corpus.Mode);
        Console.Error.WriteLine($"// BBC corpus: {_terms.Count} de-duplicated articles");
    }

    [Benchmark]
    public int TrainK20() => TopicTrainer.Train(_corpus!.Documents, new TopicTrainingOptions { Topics = 20 }, _corpus.Mode).Metadata.TopicList.Count;

    [Benchmark]
    public int InferBbcCorpus() => _model!.InferMixtures(_terms).Length;
}
