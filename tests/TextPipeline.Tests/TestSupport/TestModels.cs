using TextPipeline.Models;
using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Tests.TestSupport;

/// <summary>The shipped models, loaded once for the whole test run, and stage steps prepared from them.</summary>
public static class TestModels
{
    private static readonly Lazy<ModelStore> s_store = new(ModelStore.Shipped);

    /// <summary>One store shared by every test (models parse once per store).</summary>
    public static ModelStore Store => s_store.Value;

    internal static TextAnalyzer Analyzer => TextAnalyzer.Load(Store);

    public static StagePreparation Preparation(PipelineOptions? options = null) => new(options ?? new PipelineOptions(), Store);

    /// <summary>An article stage's per-article step, prepared with the shipped models.</summary>
    public static IArticleStep Step(IArticleStage stage, PipelineOptions? options = null) => stage.Prepare(Preparation(options));

    /// <summary>A corpus stage prepared with the shipped models.</summary>
    public static ICorpusStep Step(ICorpusStage stage, PipelineOptions? options = null) => stage.Prepare(Preparation(options));

    /// <summary>Fits a corpus stage on <paramref name="corpus"/> and applies it, as the runner does.</summary>
    public static CorpusAnalysis Run(ICorpusStage stage, CorpusAnalysis corpus, PipelineOptions? options = null, int jobs = 2) =>
        Step(stage, options).FitAndApply(corpus, new CorpusContext(jobs));
}
