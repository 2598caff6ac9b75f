using System.Collections.Immutable;

namespace TextPipeline.Pipeline;

/// <summary>
/// Collects stages in order (Markdig's MarkdownPipelineBuilder) and builds an immutable, thread-safe
/// <see cref="AnalysisPipeline"/>. Stage folders add <c>UseXxx</c> extension methods.
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    public IReadOnlyList<IPipelineStage> Stages => _stages;

    public AnalysisPipelineBuilder Use(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (stage is not (IArticleStage or ICorpusStage))
        {
            throw new ArgumentException($"Stage {stage.Name} is neither an article nor a corpus stage.", nameof(stage));
        }
        _stages.Add(stage);
        return this;
    }

    public AnalysisPipeline Build() => new([.. _stages]);
}

/// <summary>The built pipeline: an ordered, immutable list of stages.</summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ImmutableArray<IPipelineStage> stages) => Stages = stages;

    public ImmutableArray<IPipelineStage> Stages { get; }
}
