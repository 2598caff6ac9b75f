using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Pipeline;

/// <summary>A stage of the pipeline: a name and version (both part of cache keys) and the diagnostics it can report.</summary>
public interface IPipelineStage
{
    string Name { get; }

    string Version { get; }

    ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// The shipped model files the stage reads (see <see cref="ModelFiles.Describe"/>): listed in run.json and part of
    /// every cache key, so a retrained model never serves stale cached results. Models trained during the run are
    /// reported by the stage in <see cref="CorpusAnalysis.Models"/> instead.
    /// </summary>
    ImmutableArray<ModelInfo> ModelsUsed(StageContext context) => [];
}

/// <summary>
/// A stage that looks at one article at a time. It must be thread-safe and deterministic, and it never throws for
/// bad input: it reports a diagnostic instead.
/// </summary>
public interface IArticleStage : IPipelineStage
{
    ArticleAnalysis Process(ArticleAnalysis article, StageContext context, CancellationToken cancellationToken);
}

/// <summary>A stage that needs the whole corpus (topics, related links, duplicates). Articles arrive sorted by id.</summary>
public interface ICorpusStage : IPipelineStage
{
    CorpusAnalysis Process(CorpusAnalysis corpus, StageContext context, CancellationToken cancellationToken);
}
