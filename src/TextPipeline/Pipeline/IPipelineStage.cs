using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Pipeline;

/// <summary>A stage of the pipeline: a name and version (both part of cache keys) and the diagnostics it can report.</summary>
public interface IPipelineStage
{
    string Name { get; }

    string Version { get; }

    ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }
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
