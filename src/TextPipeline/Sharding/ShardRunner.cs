using System.Diagnostics;
using TextPipeline.Ingestion;
using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Pipeline.Caching;
using TextPipeline.Pipeline.State;

namespace TextPipeline.Sharding;

/// <summary>
/// One shard of a run (<c>run --shard i/N</c>): lists and hashes the whole input (so ids and exact copies are decided
/// as a single run decides them), reads its own articles (<see cref="ShardSpec.Owns"/>), runs them through the
/// leading per-article steps (<see cref="PreparedPipeline.AnalyzePrefix"/>: everything before the first corpus stage
/// that must learn from the whole corpus, with that stage's prelude), and writes its partial. The state folder is
/// only read: the merge writes it.
/// </summary>
internal sealed class ShardRunner(PreparedPipeline pipeline, IProgress<string>? log = null)
{
    private readonly IProgress<string> _log = log ?? new Progress<string>(_ => { });

    /// <summary>Analyses the shard's articles and writes <c>&lt;outDirectory&gt;/part-iiiii-of-nnnnn.tpp</c>.</summary>
    public (string Path, PartialHeader Header) Run(IReadOnlyList<string> inputs, ShardSpec shard, string outDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outDirectory);
        var total = Stopwatch.StartNew();
        var options = pipeline.Options;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellationToken };
        var ingest = new Ingestor(options.MaxFileBytes).IngestShard(inputs, parallel, shard.Owns);
        var ingestSeconds = total.Elapsed.TotalSeconds;
        _log.Report($"shard {shard}: {ingest.Own.Articles.Length} of {ingest.TotalArticles} articles");

        var state = System.Collections.Immutable.ImmutableDictionary<string, byte[]>.Empty;
        if (options.StateDirectory is { } directory)
        {
            state = StateStore.LoadReadOnly(directory, out var problem);
            if (problem is not null) _log.Report($"shard {shard}: the state in '{directory}' cannot be read, so nothing kept in it is applied ({problem})");
        }
        var context = new CorpusContext(options.Jobs, state, _log, cancellationToken);
        var corpus = pipeline.AnalyzePrefix(ingest.Own.Articles, context, out var prefix, out var timings, cancellationToken);

        using var process = Process.GetCurrentProcess();
        var header = new PartialHeader
        {
            ToolVersion = ToolVersion.Value,
            Build = BuildId,
            Contract = Contract,
            Shard = shard,
            Options = options,
            OptionsFingerprint = OptionsFingerprint.Of(options),
            Models = pipeline.Models,
            Prefix = prefix,
            ListingSha256 = ingest.ListingSha256,
            TotalArticles = ingest.TotalArticles,
            Files = ingest.Own.Files,
            IngestDiagnostics = ingest.Own.Diagnostics,
            DisplayPaths = ingest.Own.DisplayPaths,
            Articles = corpus.Articles.Length,
            Figures = new ShardFigures(shard.Index, corpus.Articles.Length, total.Elapsed.TotalSeconds,
                process.TotalProcessorTime.TotalSeconds, process.PeakWorkingSet64 / 1048576.0, [new("ingest", ingestSeconds), .. timings]),
        };
        var path = Path.Combine(outDirectory, PartialFile.NameOf(shard));
        PartialFile.Write(path, header, corpus.Articles, cancellationToken);
        return (path, header);
    }

    /// <summary>The output contract's version (as run.json states it).</summary>
    public const string Contract = "1";

    /// <summary>The build of the analysis code: partials of another build are not merged (it may analyse differently).</summary>
    public static string BuildId { get; } = typeof(PreparedPipeline).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
