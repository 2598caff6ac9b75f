using System.Collections.Immutable;
using System.Diagnostics;
using TextPipeline.Diagnostics;
using TextPipeline.Ingestion;
using TextPipeline.Output;
using TextPipeline.Pipeline.Caching;
using Diagnostic = TextPipeline.Diagnostics.Diagnostic;

namespace TextPipeline.Pipeline;

/// <summary>
/// A pipeline after phase one: every stage's models loaded, run-level problems reported once. Immutable and
/// thread-safe; <c>run</c>, <c>train</c>, <c>eval</c>, <c>analyze</c>, the library's <see cref="ArticleAnalyzer"/> and
/// the server all analyse through one of these, so every figure an evaluation prints is what users get.
/// </summary>
public sealed class PreparedPipeline
{
    private readonly ImmutableArray<PreparedStage> _stages;

    private readonly ImmutableArray<IArticleStep?> _standalone;

    internal PreparedPipeline(ImmutableArray<PreparedStage> stages, StagePreparation preparation)
        : this(stages, preparation.Options, preparation.ModelsUsed, preparation.Diagnostics, preparation.Models, [.. stages.Select(_ => (IArticleStep?)null)])
    {
    }

    private PreparedPipeline(ImmutableArray<PreparedStage> stages, PipelineOptions options, ImmutableArray<ModelInfo> models,
        ImmutableArray<Diagnostic> diagnostics, Models.ModelStore store, ImmutableArray<IArticleStep?> standalone)
    {
        _stages = stages;
        Options = options;
        Models = models;
        Diagnostics = diagnostics;
        ModelStore = store;
        _standalone = standalone;
    }

    /// <summary>
    /// This pipeline with what the stages kept in a state folder (the site's topic model and corpus statistics)
    /// applied to single articles too, so <see cref="AnalyzeArticle"/> gives what a run over the site's archive gives.
    /// </summary>
    public PreparedPipeline WithState(IReadOnlyDictionary<string, byte[]> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var standalone = _stages.Select(s => s.Corpus?.Restore(state, retrain: false)?.Step).ToImmutableArray();
        return new PreparedPipeline(_stages, Options, Models, Diagnostics, ModelStore, standalone);
    }

    public PipelineOptions Options { get; }

    /// <summary>The stages in order, prepared.</summary>
    public ImmutableArray<PreparedStage> Stages => _stages;

    /// <summary>Model files and user files the stages read (name, version, SHA-256), in the order first read.</summary>
    public ImmutableArray<ModelInfo> Models { get; }

    /// <summary>Where the models came from.</summary>
    public Models.ModelStore ModelStore { get; }

    /// <summary>Problems found while preparing, reported once per run (not once per article).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Analyses one article on its own: every article step, and each corpus stage's <see cref="ICorpusStep.Standalone"/>
    /// step (a given topic model, the shipped background statistics). Thread-safe; never throws for bad input
    /// (a failing stage gives TP7003 on the article).
    /// </summary>
    public ArticleAnalysis AnalyzeArticle(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var analysis = new ArticleAnalysis(article);
        for (var s = 0; s < _stages.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stage = _stages[s];
            if (stage.Corpus?.Prelude is { } prelude) analysis = RunStep(stage.Name, prelude, analysis, cancellationToken);
            analysis = RunStep(stage.Name, stage.Article ?? _standalone[s] ?? stage.Corpus!.Standalone, analysis, cancellationToken);
        }
        return analysis;
    }

    /// <summary>
    /// Analyses a corpus (articles sorted by id). Consecutive per-article steps run together per article, in parallel
    /// (results kept in id order, so the output never depends on <see cref="CorpusContext.Jobs"/>). A corpus stage
    /// whose learned part is kept in <see cref="CorpusContext.State"/> joins the per-article steps (nothing to
    /// learn); any other is fitted on the corpus as it is at that point, then applied per article. With a cache folder
    /// per-article results are reused, and whole corpus stages whose input is unchanged. The result's
    /// <see cref="CorpusAnalysis.StateChanges"/> holds what to keep for the next run.
    /// </summary>
    public CorpusAnalysis AnalyzeCorpus(ImmutableArray<Article> articles, CorpusContext context, out ImmutableArray<KeyValuePair<string, double>> timings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = new CorpusRun(this, context, cancellationToken);
        var corpus = run.Analyze(new CorpusAnalysis([.. articles.Select(a => new ArticleAnalysis(a))]) { Models = Models, Diagnostics = Diagnostics }, null, stopAtFit: false, out _);
        timings = run.Timings;
        return corpus;
    }

    /// <summary>
    /// The leading per-article part of <see cref="AnalyzeCorpus"/> (a shard's work): every step before the first
    /// corpus stage that must fit on the corpus, and that stage's prelude. <paramref name="prefix"/> says which steps
    /// ran, for <see cref="ContinueCorpus"/>.
    /// </summary>
    internal CorpusAnalysis AnalyzePrefix(ImmutableArray<Article> articles, CorpusContext context, out PipelinePrefix prefix, out ImmutableArray<KeyValuePair<string, double>> timings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = new CorpusRun(this, context, cancellationToken);
        var corpus = run.Analyze(new CorpusAnalysis([.. articles.Select(a => new ArticleAnalysis(a))]) { Models = Models, Diagnostics = Diagnostics }, null, stopAtFit: true, out prefix);
        timings = run.Timings;
        return corpus;
    }

    /// <summary>
    /// The rest of <see cref="AnalyzeCorpus"/> for articles that have been through <paramref name="prefix"/> (sorted
    /// by id, e.g. every shard's partial): what the restored fits add to the corpus, then every later step, as a
    /// single run would. Throws <see cref="PipelinePrefixMismatchException"/> when this pipeline, with the state in
    /// <paramref name="context"/>, would not have run exactly the steps of <paramref name="prefix"/>.
    /// </summary>
    internal CorpusAnalysis ContinueCorpus(ImmutableArray<ArticleAnalysis> articles, PipelinePrefix prefix, CorpusContext context, out ImmutableArray<KeyValuePair<string, double>> timings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(context);
        var run = new CorpusRun(this, context, cancellationToken);
        var corpus = run.Analyze(new CorpusAnalysis(articles) { Models = Models, Diagnostics = Diagnostics }, prefix, stopAtFit: false, out _);
        timings = run.Timings;
        return corpus;
    }

    /// <summary>One corpus analysis: the plan (which steps run together), per-segment caching and timings.</summary>
    private sealed class CorpusRun(PreparedPipeline pipeline, CorpusContext context, CancellationToken cancellationToken)
    {
        private readonly ImmutableArray<KeyValuePair<string, double>>.Builder _timings = ImmutableArray.CreateBuilder<KeyValuePair<string, double>>();
        private readonly Dictionary<string, byte[]?> _state = new(StringComparer.Ordinal);

        public ImmutableArray<KeyValuePair<string, double>> Timings => _timings.ToImmutable();

        private PipelineOptions Options => pipeline.Options;

        /// <param name="resume">Steps the articles have already been through (shards), or null.</param>
        /// <param name="stopAtFit">Stop before the first fit (after its prelude): a shard's part.</param>
        public CorpusAnalysis Analyze(CorpusAnalysis corpus, PipelinePrefix? resume, bool stopAtFit, out PipelinePrefix reached)
        {
            var input = resume is null ? corpus.Articles : [.. corpus.Articles.Select(a => new ArticleAnalysis(a.Article))];
            var stages = pipeline._stages;
            var salt = CacheSalt.Of(Options, stages.Select(s => (s.Name, s.Version)), pipeline.Models);
            var segment = new List<(string Name, IArticleStep Step)>();
            var restored = new List<CorpusFit>();
            var done = ImmutableArray.CreateBuilder<PipelinePrefix.Step>();
            var anyFitted = false;
            for (var s = 0; s < stages.Length; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stage = stages[s];
                // The step this stage runs per article here, and whether the articles have already been through it.
                var already = resume is not null && s < resume.Steps.Length;
                if (stage.Article is { } articleStep)
                {
                    Plan(resume, s, new(stage.Name, PipelinePrefix.StepKind.Article, articleStep.Version), done);
                    if (!already) segment.Add((stage.Name, articleStep));
                    continue;
                }
                var corpusStep = stage.Corpus!;
                if (corpusStep.Restore(context.State, Options.Retrain) is { } kept)
                {
                    // Learned in an earlier run: applied per article with the steps around it, nothing to fit.
                    Plan(resume, s, new(stage.Name, PipelinePrefix.StepKind.Restored, kept.Step.Version), done);
                    if (!already) segment.Add((stage.Name, kept.Step));
                    restored.Add(kept);
                    continue;
                }
                if (corpusStep.Prelude is { } prelude)
                {
                    Plan(resume, s, new(stage.Name, PipelinePrefix.StepKind.Prelude, prelude.Version), done);
                    if (!already) segment.Add((stage.Name, prelude));
                }
                else if (already)
                {
                    throw new PipelinePrefixMismatchException($"the partials ran stage '{resume!.Steps[s].Stage}' per article, but here it must learn from the corpus first");
                }
                if (stopAtFit)
                {
                    reached = new PipelinePrefix(done.ToImmutable());
                    return Flush(corpus, segment, [], dropDocuments: corpusStep.Prelude is not null);
                }
                corpus = Flush(corpus, segment, restored, dropDocuments: corpusStep.Prelude is not null);
                if (corpusStep.Prelude is not null && anyFitted) StoreFusedEntries(input, corpus, s);
                var watch = Stopwatch.StartNew();
                (context.Log as IProgress<StageProgress>)?.Report(StageProgress.Started(stage.Name));
                var fitInput = corpus;
                // A corpus stage whose whole input is unchanged is reused from the cache. With a state folder the key
                // also holds the state as this fit leaves it: a fit over the same input from the state it produced
                // changes nothing (an incremental fit equals one from scratch), so a warm run finds the entry the
                // previous run stored. --retrain always fits.
                var stateDigest = Options.StateDirectory is null ? "" : StateDigest();
                corpus = CorpusStageMemo.Run(Options.Retrain && Options.StateDirectory is not null ? null : Options.CacheDirectory,
                    salt + stateDigest, stage.Name, stage.Version, fitInput,
                    () => FitAndApply(stage.Name, corpusStep, fitInput), context.Log,
                    storeSalt: Options.StateDirectory is null ? null : () => salt + StateDigest());
                _timings.Add(new(stage.Name, watch.Elapsed.TotalSeconds));
                anyFitted = true;
            }
            if (resume is not null && resume.Steps.Length > done.Count) throw new PipelinePrefixMismatchException("the partials ran more stages than this pipeline has");
            reached = new PipelinePrefix(done.ToImmutable());
            corpus = Flush(corpus, segment, restored, dropDocuments: false);
            return corpus with { StateChanges = _state.ToImmutableDictionary(StringComparer.Ordinal) };
        }

        /// <summary>A hash of the state as it stands in this run: what earlier runs kept, overlaid with what this run learned so far.</summary>
        private string StateDigest()
        {
            var entries = context.State.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            foreach (var (name, data) in _state)
            {
                if (data is null) entries.Remove(name);
                else entries[name] = data;
            }
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            foreach (var (name, data) in entries.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"\nstate:{name}:{data?.Length ?? -1}:"));
                if (data is not null) hash.AppendData(data);
            }
            return ";state=" + Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        /// <summary>Records the step a stage runs per article; when resuming, checks it is the one the articles went through.</summary>
        private static void Plan(PipelinePrefix? resume, int stage, PipelinePrefix.Step step, ImmutableArray<PipelinePrefix.Step>.Builder done)
        {
            done.Add(step);
            if (resume is null || stage >= resume.Steps.Length || resume.Steps[stage] == step) return;
            throw new PipelinePrefixMismatchException($"the partials ran {resume.Steps[stage]}, this pipeline runs {step}");
        }

        /// <summary>Runs the pending per-article steps, then what the restored fits among them add to the corpus.</summary>
        private CorpusAnalysis Flush(CorpusAnalysis corpus, List<(string Name, IArticleStep Step)> segment, List<CorpusFit> restored, bool dropDocuments)
        {
            if (segment.Count == 0 && restored.Count == 0) return corpus;
            var watch = Stopwatch.StartNew();
            if (segment.Count > 0) corpus = corpus with { Articles = RunSegment([.. segment], corpus.Articles, dropDocuments) };
            foreach (var fit in restored) corpus = fit.Apply(corpus, context, a => a);
            if (segment.Count > 0) _timings.Add(new(string.Join("+", segment.Select(x => x.Name).Distinct()), watch.Elapsed.TotalSeconds));
            segment.Clear();
            restored.Clear();
            return corpus;
        }

        /// <summary>
        /// After a run that had to learn (no state yet, or --retrain): stores each article's result under the key the
        /// next run computes when it applies what was learned in one segment, so that run finds every article cached.
        /// </summary>
        private void StoreFusedEntries(ImmutableArray<ArticleAnalysis> input, CorpusAnalysis corpus, int stopStage)
        {
            if (Options.CacheDirectory is null || Options.StateDirectory is null) return;
            var state = context.State.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            foreach (var (name, data) in _state)
            {
                if (data is null) state.Remove(name);
                else state[name] = data;
            }
            var steps = new List<(string Name, string Version)>();
            for (var s = 0; s <= stopStage; s++)
            {
                var stage = pipeline._stages[s];
                if (stage.Article is { } a)
                {
                    steps.Add((stage.Name, a.Version));
                    continue;
                }
                if (s == stopStage)
                {
                    steps.Add((stage.Name, stage.Corpus!.Prelude!.Version));
                    continue;
                }
                if (stage.Corpus!.Restore(state, retrain: false) is not { } kept) return; // the next run learns again anyway
                steps.Add((stage.Name, kept.Step.Version));
            }
            var cache = new ArticleCache(Options.CacheDirectory, CacheSalt.Of(Options, steps, pipeline.Models));
            var byId = corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
            context.Map(input, article =>
            {
                if (byId.TryGetValue(article.Id, out var result) && !HasStageFailure(result)) cache.Store(cache.KeyFor(article), result with { Document = null });
                return 0;
            });
        }

        private CorpusAnalysis FitAndApply(string name, ICorpusStep step, CorpusAnalysis corpus)
        {
            CorpusFit fit;
            try
            {
                fit = step.Fit(corpus, context, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return corpus with { Diagnostics = corpus.Diagnostics.Add(Diagnostic.Create(OutputDiagnostics.StageFailed, null, null, null, name, e.Message)) };
            }
            foreach (var (key, data) in fit.State) _state[key] = data;
            return fit.Apply(corpus, context, article => RunStep(name, fit.Step, article, cancellationToken));
        }

        private ImmutableArray<ArticleAnalysis> RunSegment(ImmutableArray<(string Name, IArticleStep Step)> segment, ImmutableArray<ArticleAnalysis> input, bool dropDocuments)
        {
            var progress = new ProgressReporter(context.Log, string.Join("+", segment.Select(s => s.Name).Distinct()), input.Length);
            var cache = Options.CacheDirectory is { } dir
                ? new ArticleCache(dir, CacheSalt.Of(Options, segment.Select(s => (s.Name, s.Step.Version)), pipeline.Models))
                : null;
            var stepTicks = new long[segment.Length];
            var output = context.Map(input, article =>
            {
                var key = cache?.KeyFor(article);
                if (key is not null && cache!.TryLoad(key, article.Article, out var cached))
                {
                    progress.Increment();
                    return cached;
                }
                for (var k = 0; k < segment.Length; k++)
                {
                    var started = Stopwatch.GetTimestamp();
                    article = RunStep(segment[k].Name, segment[k].Step, article, cancellationToken);
                    Interlocked.Add(ref stepTicks[k], Stopwatch.GetTimestamp() - started);
                }
                if (dropDocuments) article = article with { Document = null };
                if (key is not null && !HasStageFailure(article)) cache!.Store(key, article);
                progress.Increment();
                return article;
            });
            if (cache is not null) context.Log.Report($"cache: {cache.Hits} hits, {cache.Misses} misses");
            // Each step's own time summed over articles (its wall time with --jobs 1), so one stage's speed can be
            // read from run.json although the steps of a segment run together.
            var names = segment.Select(s => s.Name).Distinct().ToList();
            if (names.Count > 1)
            {
                foreach (var name in names)
                {
                    var ticks = Enumerable.Range(0, segment.Length).Where(k => segment[k].Name == name).Sum(k => stepTicks[k]);
                    _timings.Add(new(name + " (sum)", (double)ticks / Stopwatch.Frequency));
                }
            }
            return [.. output];
        }
    }

    private static bool HasStageFailure(ArticleAnalysis article) => article.Diagnostics.Any(d => d.Descriptor == OutputDiagnostics.StageFailed);

    private static ArticleAnalysis RunStep(string name, IArticleStep step, ArticleAnalysis article, CancellationToken cancellationToken)
    {
        try
        {
            return step.Process(article, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return article.AddDiagnostics([Diagnostic.Create(OutputDiagnostics.StageFailed, article.Article.Path, null, article.Id, name, e.Message)]);
        }
    }
}
