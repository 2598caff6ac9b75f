using System.Collections.Immutable;
using TextPipeline.Models;

namespace TextPipeline.Pipeline;

/// <summary>
/// Collects stages in order (Markdig's MarkdownPipelineBuilder) and builds an immutable <see cref="AnalysisPipeline"/>.
/// Stage folders add <c>UseXxx</c> extension methods; <see cref="DefaultStages.UseDefaultStages"/> lists them all.
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

/// <summary>The built pipeline: an ordered, immutable list of stages, not yet prepared.</summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ImmutableArray<IPipelineStage> stages) => Stages = stages;

    public ImmutableArray<IPipelineStage> Stages { get; }

    /// <summary>The default stages (<see cref="DefaultStages.UseDefaultStages"/>).</summary>
    public static AnalysisPipeline Default { get; } = new AnalysisPipelineBuilder().UseDefaultStages().Build();

    /// <summary>
    /// The stages of this pipeline up to and including <paramref name="lastStage"/> (e.g. <c>train topics</c> needs only
    /// what tokenization gives), in the same order and the same stage objects.
    /// </summary>
    public AnalysisPipeline Through(string lastStage)
    {
        var index = Stages.IndexOf(Stages.FirstOrDefault(s => s.Name == lastStage) ?? throw new ArgumentException($"No stage named '{lastStage}'.", nameof(lastStage)));
        return new AnalysisPipeline(Stages[..(index + 1)]);
    }

    /// <summary>
    /// Only the named stages, in this pipeline's order: for evaluations of a stage whose output does not depend on the
    /// stages left out (a test checks that it equals the full pipeline's output).
    /// </summary>
    public AnalysisPipeline Only(params string[] stageNames)
    {
        ArgumentNullException.ThrowIfNull(stageNames);
        var unknown = stageNames.Except(Stages.Select(s => s.Name)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"No stage named '{unknown[0]}'.", nameof(stageNames));
        return new AnalysisPipeline([.. Stages.Where(s => stageNames.Contains(s.Name))]);
    }

    /// <summary>
    /// Phase one for every stage, in order: loads models from <paramref name="models"/> (the shipped ones when null)
    /// and the files the options name. Throws <see cref="ModelLoadException"/> when a model is missing or unreadable.
    /// </summary>
    public PreparedPipeline Prepare(PipelineOptions options, ModelStore? models = null, IProgress<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        models ??= options.ModelsDirectory is { } dir ? ModelStore.FromDirectory(dir) : ModelStore.Shipped();
        var preparation = new StagePreparation(options, models, log);
        var prepared = ImmutableArray.CreateBuilder<PreparedStage>(Stages.Length);
        foreach (var stage in Stages)
        {
            prepared.Add(stage switch
            {
                IArticleStage a => new PreparedStage(stage, a.Prepare(preparation), null),
                ICorpusStage c => new PreparedStage(stage, null, c.Prepare(preparation)),
                _ => throw new InvalidOperationException($"Stage {stage.Name} is neither an article nor a corpus stage."),
            });
        }
        return new PreparedPipeline(prepared.ToImmutable(), preparation);
    }
}

/// <summary>One stage after phase one: exactly one of <see cref="Article"/> and <see cref="Corpus"/> is set.</summary>
public sealed record PreparedStage(IPipelineStage Stage, IArticleStep? Article, ICorpusStep? Corpus)
{
    public string Name => Stage.Name;

    public string Version => Article?.Version ?? Corpus!.Version;
}
