using System.Collections.Immutable;
using System.Diagnostics;
using TextPipeline.Diagnostics;
using TextPipeline.Ingestion;
using TextPipeline.Output;
using TextPipeline.Pipeline.Caching;
using Diagnostic = TextPipeline.Diagnostics.Diagnostic;

namespace TextPipeline.Pipeline;

/// <summary>
/// Runs a built pipeline over input files and folders: ingest (parallel), per-article stages (parallel, results kept
/// in id order), corpus stages (in order), then severities from the configuration. Output is independent of
/// <see cref="PipelineOptions.Jobs"/>. A stage that throws on one article gives TP7003 for that article only.
/// </summary>
public sealed class PipelineRunner
{
    private readonly AnalysisPipeline _pipeline;
    private readonly PipelineOptions _options;
    private readonly DiagnosticOptions _diagnosticOptions;
    private readonly IProgress<string> _log;

    public PipelineRunner(AnalysisPipeline pipeline, PipelineOptions options, DiagnosticOptions? diagnosticOptions = null, IProgress<string>? log = null)
    {
        _pipeline = pipeline;
        _options = options;
        _diagnosticOptions = diagnosticOptions ?? DiagnosticOptions.Default;
        _log = log ?? new Progress<string>(_ => { });
    }

    public RunOutcome Analyze(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var timings = new List<KeyValuePair<string, double>>();
        var watch = Stopwatch.StartNew();
        var (files, walkDiagnostics) = InputWalker.Walk(inputs);
        var corpusDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        corpusDiagnostics.AddRange(walkDiagnostics);

        var results = new IngestResult[files.Length];
        var reader = new ArticleReader(_options.MaxFileBytes);
        var progress = new ProgressReporter(_log, "read", files.Length);
        Parallel.For(0, files.Length, ParallelOptions(cancellationToken), i =>
        {
            results[i] = reader.Read(files[i], cancellationToken);
            progress.Increment();
        });
        var articles = new List<Article>();
        foreach (var result in results)
        {
            articles.AddRange(result.Articles);
            corpusDiagnostics.AddRange(result.Diagnostics);
        }
        var unique = ArticleIds.MakeUnique(articles);
        unique = ArticleIds.ReportExactDuplicates(unique);
        timings.Add(new("ingest", watch.Elapsed.TotalSeconds));
        if (files.Length == 0 || unique.Length == 0)
        {
            corpusDiagnostics.Add(Diagnostic.Create(OutputDiagnostics.NoInputs, null, null, null));
        }

        var context = new StageContext(_options, _log);
        var stages = _pipeline.Stages;
        var models = ModelsUsed(stages, context);
        var corpus = new CorpusAnalysis([.. unique.Select(a => new ArticleAnalysis(a))]) { Models = models };
        for (var s = 0; s < stages.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            watch.Restart();
            if (stages[s] is ICorpusStage corpusStage)
            {
                var stageInput = corpus; // reused whole when its input is unchanged (issue 7); runs as before otherwise
                corpus = CorpusStageMemo.Run(_options, stages, models, corpusStage, stageInput, () => RunCorpusStage(corpusStage, stageInput, context, cancellationToken), _log);
                timings.Add(new(corpusStage.Name, watch.Elapsed.TotalSeconds));
                s++;
                continue;
            }
            var end = s;
            while (end < stages.Length && stages[end] is IArticleStage) end++;
            var segment = stages[s..end].Cast<IArticleStage>().ToImmutableArray();
            var stageTicks = new long[segment.Length];
            corpus = RunArticleStages(segment, corpus, context, stageTicks, cancellationToken);
            timings.Add(new(string.Join("+", segment.Select(x => x.Name)), watch.Elapsed.TotalSeconds));
            // Each stage's own time summed over articles (equals its wall time with --jobs 1), so one stage's speed
            // can be read from run.json when consecutive article stages run together.
            if (segment.Length > 1)
            {
                for (var k = 0; k < segment.Length; k++) timings.Add(new(segment[k].Name + " (sum)", (double)stageTicks[k] / Stopwatch.Frequency));
            }
            s = end;
        }

        corpus = ApplySeverities(corpus with { Diagnostics = corpus.Diagnostics.AddRange(corpusDiagnostics) });
        var all = corpus.Articles.SelectMany(a => a.Diagnostics).Concat(corpus.Diagnostics).ToList();
        var stats = new RunStatistics(
            files.Length, corpus.Articles.Length,
            all.Count(d => d.Severity == DiagnosticSeverity.Error),
            all.Count(d => d.Severity == DiagnosticSeverity.Warning),
            all.Count(d => d.Severity == DiagnosticSeverity.Info),
            [.. timings], total.Elapsed.TotalSeconds);
        var displayPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files) displayPaths.TryAdd(file.RelativePath, file.DisplayPath);
        return new RunOutcome(corpus, stats, displayPaths.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>The shipped model files the stages read, once each, in stage order (for run.json and cache keys).</summary>
    private static ImmutableArray<ModelInfo> ModelsUsed(ImmutableArray<IPipelineStage> stages, StageContext context) =>
        [.. stages.SelectMany(s => s.ModelsUsed(context)).DistinctBy(m => m.Path ?? m.Name)];

    private ParallelOptions ParallelOptions(CancellationToken cancellationToken) => new()
    {
        MaxDegreeOfParallelism = Math.Max(1, _options.Jobs),
        CancellationToken = cancellationToken,
    };

    private CorpusAnalysis RunArticleStages(
        ImmutableArray<IArticleStage> stages, CorpusAnalysis corpus, StageContext context, long[] stageTicks, CancellationToken cancellationToken)
    {
        var input = corpus.Articles;
        var output = new ArticleAnalysis[input.Length];
        var progress = new ProgressReporter(_log, string.Join("+", stages.Select(s => s.Name)), input.Length);
        var cache = ArticleCache.Open(_options, stages, corpus.Models); // per-article cache (issue 7); null with --no-cache
        Parallel.For(0, input.Length, ParallelOptions(cancellationToken), i =>
        {
            var article = input[i];
            var key = cache?.KeyFor(article);
            if (key is not null && cache!.TryLoad(key, article.Article, out var cached))
            {
                output[i] = cached;
                progress.Increment();
                return;
            }
            for (var k = 0; k < stages.Length; k++)
            {
                var started = Stopwatch.GetTimestamp();
                article = RunOne(stages[k], article, context, cancellationToken);
                Interlocked.Add(ref stageTicks[k], Stopwatch.GetTimestamp() - started);
            }
            output[i] = article;
            if (key is not null && !article.Diagnostics.Any(d => d.Descriptor == OutputDiagnostics.StageFailed)) cache!.Store(key, article);
            progress.Increment();
        });
        if (cache is not null) _log.Report($"cache: {cache.Hits} hits, {cache.Misses} misses");
        return corpus with { Articles = [.. output] };
    }

    private static ArticleAnalysis RunOne(IArticleStage stage, ArticleAnalysis article, StageContext context, CancellationToken cancellationToken)
    {
        try
        {
            return stage.Process(article, context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return article.AddDiagnostics([Diagnostic.Create(OutputDiagnostics.StageFailed, article.Article.Path, null, article.Id, stage.Name, e.Message)]);
        }
    }

    private static CorpusAnalysis RunCorpusStage(ICorpusStage stage, CorpusAnalysis corpus, StageContext context, CancellationToken cancellationToken)
    {
        try
        {
            return stage.Process(corpus, context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return corpus with { Diagnostics = corpus.Diagnostics.Add(Diagnostic.Create(OutputDiagnostics.StageFailed, null, null, null, stage.Name, e.Message)) };
        }
    }

    private CorpusAnalysis ApplySeverities(CorpusAnalysis corpus)
    {
        var articles = corpus.Articles.Select(a => a with
        {
            Diagnostics = Configure(a.Diagnostics.AsImmutableArray()).ToEquatableArray(),
        });
        return corpus with
        {
            Articles = [.. articles],
            Diagnostics = [.. Configure(corpus.Diagnostics)],
        };

        IEnumerable<Diagnostic> Configure(IEnumerable<Diagnostic> diagnostics) => diagnostics
            .Select(_diagnosticOptions.Apply)
            .OfType<Diagnostic>()
            .Distinct()
            .Order(DiagnosticComparer.Instance);
    }
}
