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

    internal PreparedPipeline(ImmutableArray<PreparedStage> stages, StagePreparation preparation)
    {
        _stages = stages;
        Options = preparation.Options;
        Models = preparation.ModelsUsed;
        Diagnostics = preparation.Diagnostics;
        ModelStore = preparation.Models;
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
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            analysis = RunStep(stage.Name, stage.Article ?? stage.Corpus!.Standalone, analysis, cancellationToken);
        }
        return analysis;
    }

    /// <summary>
    /// Analyses a corpus (articles sorted by id): consecutive article steps run together per article in parallel
    /// (results kept in id order, so the output never depends on <see cref="CorpusContext.Jobs"/>); each corpus stage
    /// is fitted on the corpus as it is at that point, then applied per article. With a cache folder in the options,
    /// per-article results and whole corpus stages whose input is unchanged are reused.
    /// </summary>
    public CorpusAnalysis AnalyzeCorpus(ImmutableArray<Article> articles, CorpusContext context, out ImmutableArray<KeyValuePair<string, double>> timings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var times = ImmutableArray.CreateBuilder<KeyValuePair<string, double>>();
        var watch = Stopwatch.StartNew();
        var corpus = new CorpusAnalysis([.. articles.Select(a => new ArticleAnalysis(a))]) { Models = Models, Diagnostics = Diagnostics };
        var salt = CacheSalt.Of(Options, _stages.Select(s => (s.Name, s.Version)), Models);
        var cacheDirectory = Options.CacheDirectory;
        for (var s = 0; s < _stages.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            watch.Restart();
            if (_stages[s].Corpus is { } corpusStep)
            {
                var stage = _stages[s];
                var input = corpus;
                corpus = CorpusStageMemo.Run(cacheDirectory, salt, stage.Name, stage.Version, input,
                    () => FitAndApply(stage.Name, corpusStep, input, context, cancellationToken), context.Log);
                times.Add(new(stage.Name, watch.Elapsed.TotalSeconds));
                s++;
                continue;
            }
            var end = s;
            while (end < _stages.Length && _stages[end].Article is not null) end++;
            var segment = _stages[s..end];
            corpus = corpus with { Articles = RunSegment(segment, corpus.Articles, cacheDirectory, context, cancellationToken) };
            times.Add(new(string.Join("+", segment.Select(x => x.Name)), watch.Elapsed.TotalSeconds));
            s = end;
        }
        timings = times.ToImmutable();
        return corpus;
    }

    /// <summary>Fits and applies a corpus step; a fit that throws gives TP7003 for the corpus, a step that throws TP7003 for its article.</summary>
    private static CorpusAnalysis FitAndApply(string name, ICorpusStep step, CorpusAnalysis corpus, CorpusContext context, CancellationToken cancellationToken)
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
        return fit.Apply(corpus, context, article => RunStep(name, fit.Step, article, cancellationToken));
    }

    private ImmutableArray<ArticleAnalysis> RunSegment(ImmutableArray<PreparedStage> segment, ImmutableArray<ArticleAnalysis> input, string? cacheDirectory, CorpusContext context, CancellationToken cancellationToken)
    {
        var progress = new ProgressReporter(context.Log, string.Join("+", segment.Select(s => s.Name)), input.Length);
        var cache = cacheDirectory is null ? null : new ArticleCache(cacheDirectory, CacheSalt.Of(Options, segment.Select(s => (s.Name, s.Version)), Models));
        var output = context.Map(input, article =>
        {
            var key = cache?.KeyFor(article);
            if (key is not null && cache!.TryLoad(key, article.Article, out var cached))
            {
                progress.Increment();
                return cached;
            }
            foreach (var stage in segment) article = RunStep(stage.Name, stage.Article!, article, cancellationToken);
            if (key is not null && !article.Diagnostics.Any(d => d.Descriptor == OutputDiagnostics.StageFailed)) cache!.Store(key, article);
            progress.Increment();
            return article;
        });
        if (cache is not null) context.Log.Report($"cache: {cache.Hits} hits, {cache.Misses} misses");
        return [.. output];
    }

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
