using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Topics;

namespace TextPipeline.Pipeline;

/// <summary>The whole run: articles sorted by id, corpus-wide results, and diagnostics that belong to no article.</summary>
public sealed record CorpusAnalysis(ImmutableArray<ArticleAnalysis> Articles)
{
    public ImmutableArray<TopicInfo> Topics { get; init; } = [];


    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>State entries to keep for the next run (name → bytes; null deletes), from the stages that learned.</summary>
    public ImmutableDictionary<string, byte[]?> StateChanges { get; init; } = ImmutableDictionary<string, byte[]?>.Empty;

    /// <summary>Models used by the run (for run.json): name, version, sha256.</summary>
    public ImmutableArray<ModelInfo> Models { get; init; } = [];
}

/// <summary>A model used by a run.</summary>
public sealed record ModelInfo(string Name, string Version, string Sha256, string? Path);
