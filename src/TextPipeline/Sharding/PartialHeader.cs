using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Sharding;

/// <summary>
/// What a shard's partial says about itself, before its articles: which build of which tool made it, with which
/// options and models, through which steps (<see cref="PipelinePrefix"/>), over which input (the whole listing's
/// hash and counts, and the diagnostics of files that gave no article), and how long it took. The merge checks
/// every partial's header against the others and against its own pipeline before it reads any article.
/// </summary>
internal sealed record PartialHeader
{
    public required string ToolVersion { get; init; }

    /// <summary>The analysis code's build (module version id): another build may analyse differently.</summary>
    public required string Build { get; init; }

    /// <summary>The output contract's version.</summary>
    public required string Contract { get; init; }

    public required ShardSpec Shard { get; init; }

    /// <summary>The options of the run (the merge's own jobs, cache and state folders replace those here).</summary>
    public required PipelineOptions Options { get; init; }

    /// <summary>Option values and the content hashes of the files they name (see <c>OptionsFingerprint</c>).</summary>
    public required string OptionsFingerprint { get; init; }

    /// <summary>Model and user files the prepared pipeline read.</summary>
    public required ImmutableArray<ModelInfo> Models { get; init; }

    /// <summary>The steps every article of the partial has been through.</summary>
    public required PipelinePrefix Prefix { get; init; }

    /// <summary>Hash of every article's id, path and input hash over the whole input (not only this shard's).</summary>
    public required string ListingSha256 { get; init; }

    /// <summary>Articles in the whole input.</summary>
    public required int TotalArticles { get; init; }

    /// <summary>Input files in the whole input.</summary>
    public required int Files { get; init; }

    /// <summary>Diagnostics of the whole input that belong to no article (files that gave none).</summary>
    public required ImmutableArray<Diagnostic> IngestDiagnostics { get; init; }

    /// <summary>Display paths (as the user named them) of this shard's articles and of the diagnostics.</summary>
    public required ImmutableDictionary<string, string> DisplayPaths { get; init; }

    /// <summary>Articles in this partial.</summary>
    public required int Articles { get; init; }

    /// <summary>The shard's work as measured: timings, CPU and memory (machine facts for run.json, never compared).</summary>
    public required ShardFigures Figures { get; init; }
}

/// <summary>How long a shard took and what it used (for a merged run's run.json).</summary>
internal sealed record ShardFigures(int Index, int Articles, double Seconds, double CpuSeconds, double PeakMemoryMb, ImmutableArray<KeyValuePair<string, double>> StageSeconds);
