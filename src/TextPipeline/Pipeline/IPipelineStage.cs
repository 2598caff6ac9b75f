using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Pipeline;

/// <summary>
/// A stage of the pipeline, before it is prepared: a name (part of cache keys and timings) and the diagnostics it
/// can report. Stages are two-phase (ML.NET's estimator/transformer, Markdig's pipeline setup): <c>Prepare</c> runs
/// once per pipeline and loads everything the stage needs; what it returns is a pure, thread-safe step.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }

    ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }
}

/// <summary>A stage that looks at one article at a time.</summary>
public interface IArticleStage : IPipelineStage
{
    /// <summary>
    /// Loads the stage's models and resources from <paramref name="preparation"/> and reports run-level problems there,
    /// once. Throws <see cref="Models.ModelLoadException"/> when a model it needs is missing or unreadable.
    /// </summary>
    IArticleStep Prepare(StagePreparation preparation);
}

/// <summary>
/// A stage that learns something from the whole corpus first (document frequencies, a topic model, a similarity
/// index) and then works per article.
/// </summary>
public interface ICorpusStage : IPipelineStage
{
    /// <summary>As <see cref="IArticleStage.Prepare"/>: loads models and options once.</summary>
    ICorpusStep Prepare(StagePreparation preparation);
}

/// <summary>
/// The per-article step of a prepared stage: deterministic, thread-safe, and it never throws for bad input (it
/// reports a diagnostic on the article instead). Only the runner decides what runs in parallel.
/// </summary>
public interface IArticleStep
{
    /// <summary>
    /// Identifies everything that can change this step's output besides the article: the algorithm's version, the
    /// models it loaded and the options it reads. Part of every per-article cache key.
    /// </summary>
    string Version { get; }

    ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken);
}

/// <summary>A prepared corpus stage: fits on a corpus, or serves single articles with what it was given.</summary>
public interface ICorpusStep
{
    /// <summary>As <see cref="IArticleStep.Version"/>, before fitting: algorithm, models given and options.</summary>
    string Version { get; }

    /// <summary>
    /// Learns from <paramref name="corpus"/> (articles sorted by id, earlier stages done) and returns the per-article
    /// step to apply to every article of it, with corpus-wide results. What the stage kept in the state from an
    /// earlier run is in <see cref="CorpusContext.State"/>; what it wants kept goes in <see cref="CorpusFit.State"/>.
    /// </summary>
    CorpusFit Fit(CorpusAnalysis corpus, CorpusContext context, CancellationToken cancellationToken);

    /// <summary>
    /// What the stage learned in an earlier run and kept in <paramref name="state"/>, as a fit that needs no corpus
    /// (so its step runs with the article steps, cached with them); null when there is nothing kept, when the stage
    /// must see the corpus (related links), or when <paramref name="retrain"/> asks to learn again.
    /// </summary>
    CorpusFit? Restore(IReadOnlyDictionary<string, byte[]> state, bool retrain) => null;

    /// <summary>
    /// Per-article work the fit reads (e.g. the words related links index), run with the article steps before the
    /// stage and cached with them, so a cached article needs no tokenized document; null when there is none.
    /// </summary>
    IArticleStep? Prelude => null;

    /// <summary>
    /// The step for one article analysed on its own (library API, server): what the stage was given at preparation
    /// (a saved topic model, the shipped background statistics), or a step that leaves the article unchanged.
    /// </summary>
    IArticleStep Standalone { get; }
}

/// <summary>What fitting a corpus stage gives: the per-article step, and what belongs to the corpus as a whole.</summary>
public sealed record CorpusFit(IArticleStep Step)
{
    /// <summary>Diagnostics about the corpus as a whole (e.g. too few articles to train topics).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Models the fit trained or loaded (for run.json).</summary>
    public ImmutableArray<ModelInfo> Models { get; init; } = [];

    /// <summary>Corpus-wide results computed once every article has been through <see cref="Step"/> (e.g. topic sizes).</summary>
    public Func<CorpusAnalysis, CorpusAnalysis>? Complete { get; init; }

    /// <summary>State entries to keep for later runs (name → bytes; null deletes the entry).</summary>
    public ImmutableDictionary<string, byte[]?> State { get; init; } = ImmutableDictionary<string, byte[]?>.Empty;

    /// <summary>
    /// Applies <paramref name="process"/> (the step, possibly guarded) to every article in parallel, adds the fit's
    /// diagnostics and models, then <see cref="Complete"/>.
    /// </summary>
    public CorpusAnalysis Apply(CorpusAnalysis corpus, CorpusContext context, Func<ArticleAnalysis, ArticleAnalysis> process)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(process);
        var result = corpus with
        {
            Articles = [.. context.Map(corpus.Articles, process)],
            Diagnostics = corpus.Diagnostics.AddRange(Diagnostics),
            Models = [.. corpus.Models.Concat(Models).DistinctBy(m => m.Path ?? m.Name)],
        };
        return Complete is null ? result : Complete(result);
    }
}

/// <summary>A step that returns the article unchanged (a corpus stage with nothing to apply).</summary>
public sealed class UnchangedStep : IArticleStep
{
    public UnchangedStep(string version) => Version = version;

    public string Version { get; }

    public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken) => article;
}

/// <summary>Running a corpus step outside a full pipeline (evaluations that exercise one stage).</summary>
public static class CorpusStepExtensions
{
    /// <summary>
    /// Runs the step's <see cref="ICorpusStep.Prelude"/> on every article, fits <paramref name="step"/> on the corpus,
    /// applies it to every article, and adds the corpus-wide results.
    /// </summary>
    public static CorpusAnalysis FitAndApply(this ICorpusStep step, CorpusAnalysis corpus, CorpusContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(context);
        if (step.Prelude is { } prelude) corpus = corpus with { Articles = [.. context.Map(corpus.Articles, a => prelude.Process(a, cancellationToken))] };
        var fit = step.Fit(corpus, context, cancellationToken);
        return fit.Apply(corpus, context, article => fit.Step.Process(article, cancellationToken));
    }
}
