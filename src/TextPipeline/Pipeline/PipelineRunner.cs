using System.Collections.Immutable;
using System.Diagnostics;
using TextPipeline.Diagnostics;
using TextPipeline.Ingestion;
using TextPipeline.Output;
using Diagnostic = TextPipeline.Diagnostics.Diagnostic;

namespace TextPipeline.Pipeline;

/// <summary>
/// Runs a prepared pipeline over input files and folders: ingest, analyse the corpus (<see cref="PreparedPipeline.AnalyzeCorpus"/>),
/// then severities from the configuration. The only reader of <see cref="PipelineOptions.Jobs"/>; the output is
/// independent of it. A stage that throws on one article gives TP7003 for that article only.
/// </summary>
public sealed class PipelineRunner
{
    private readonly PreparedPipeline _pipeline;
    private readonly DiagnosticOptions _diagnosticOptions;
    private readonly IProgress<string> _log;

    public PipelineRunner(PreparedPipeline pipeline, DiagnosticOptions? diagnosticOptions = null, IProgress<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
        _diagnosticOptions = diagnosticOptions ?? DiagnosticOptions.Default;
        _log = log ?? new Progress<string>(_ => { });
    }

    public PipelineOptions Options => _pipeline.Options;

    /// <summary>Ingests the inputs and analyses them as one corpus.</summary>
    public RunOutcome Analyze(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _pipeline.Options.Jobs), CancellationToken = cancellationToken };
        var ingested = new Ingestor(_pipeline.Options.MaxFileBytes).Ingest(inputs, parallel);
        return Analyze(ingested, total, cancellationToken);
    }

    /// <summary>Analyses articles already ingested (e.g. read from stdin) as one corpus.</summary>
    public RunOutcome Analyze(IngestedCorpus ingested, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ingested);
        return Analyze(ingested, Stopwatch.StartNew(), cancellationToken);
    }

    private RunOutcome Analyze(IngestedCorpus ingested, Stopwatch total, CancellationToken cancellationToken)
    {
        var ingestSeconds = total.Elapsed.TotalSeconds;
        var corpusDiagnostics = ingested.Diagnostics.ToBuilder();
        if (ingested.Articles.IsEmpty) corpusDiagnostics.Add(Diagnostic.Create(OutputDiagnostics.NoInputs, null, null, null));

        using var store = OpenState(corpusDiagnostics);
        var context = new CorpusContext(_pipeline.Options.Jobs, store?.Load() ?? System.Collections.Immutable.ImmutableDictionary<string, byte[]>.Empty, _log, cancellationToken);
        var corpus = _pipeline.AnalyzeCorpus(ingested.Articles, context, out var stageTimings, cancellationToken);
        // An empty run keeps what was learned: nothing in it says the site's archive is gone.
        if (store is not null && !ingested.Articles.IsEmpty) store.Save(corpus.StateChanges);
        corpus = ApplySeverities(corpus with { Diagnostics = corpus.Diagnostics.AddRange(corpusDiagnostics) });
        var all = corpus.Articles.SelectMany(a => a.Diagnostics).Concat(corpus.Diagnostics).ToList();
        var stats = new RunStatistics(
            ingested.Files, corpus.Articles.Length,
            all.Count(d => d.Severity == DiagnosticSeverity.Error),
            all.Count(d => d.Severity == DiagnosticSeverity.Warning),
            all.Count(d => d.Severity == DiagnosticSeverity.Info),
            [new("ingest", ingestSeconds), .. stageTimings], total.Elapsed.TotalSeconds);
        return new RunOutcome(corpus, stats, ingested.DisplayPaths);
    }

    private State.StateStore? OpenState(System.Collections.Immutable.ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (_pipeline.Options.StateDirectory is not { } directory) return null;
        var store = State.StateStore.Open(directory, out var problem);
        if (problem is not null) diagnostics.Add(Diagnostic.Create(OutputDiagnostics.StateReset, Path.Combine(directory, State.StateStore.FileName), null, null, problem));
        return store;
    }

    private CorpusAnalysis ApplySeverities(CorpusAnalysis corpus)
    {
        var articles = corpus.Articles.Select(a => a with
        {
            Diagnostics = _diagnosticOptions.Configure(a.Diagnostics.AsImmutableArray()).ToEquatableArray(),
        });
        return corpus with
        {
            Articles = [.. articles],
            Diagnostics = [.. _diagnosticOptions.Configure(corpus.Diagnostics)],
        };
    }
}
