using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using TextPipeline.Diagnostics;
using TextPipeline.Keyphrases;
using TextPipeline.Pipeline;

namespace TextPipeline.Linking;

/// <summary>
/// Corpus-wide related links and duplicates. First groups exact and near copies (<see cref="DuplicateFinder"/>),
/// names each group's canonical copy and reports the others; then links every article to its top-K most similar
/// canonical articles, never itself nor one of its own copies. Similarity blends the cosine of TF-IDF term vectors
/// (IDF from the corpus statistics) with topic mixtures and shared entities when present; candidates come from an
/// inverted index over each article's heaviest terms (<see cref="RelatedIndex"/>). The words each article indexes
/// are found per article (the prelude step, cached with the other per-article results); with a state folder the
/// links of the previous run are kept and only those that can have changed are recomputed (<see cref="RelatedLinker"/>).
/// </summary>
public sealed class RelatedLinksStage : ICorpusStage
{
    /// <summary>The state entry that keeps every article's links between runs.</summary>
    public const string StateEntry = "related.index";

    /// <summary>The state entry that keeps the word statistics TF-IDF weights come from (learned once, like the topic model).</summary>
    public const string FrequenciesEntry = "related.frequencies";

    private readonly LinkingOptions _options;

    public RelatedLinksStage(LinkingOptions? options = null) => _options = options ?? LinkingOptions.Default;

    public string Name => "related";

    /// <summary>Part of cache keys: the algorithm's version plus any non-default tuning.</summary>
    public string Version => _options == LinkingOptions.Default ? "2" : "2-" + _options.Fingerprint;

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => LinkingDiagnostics.All;

    public ICorpusStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        return new CorpusStep(this, Math.Max(0, preparation.Options.Related), preparation.Options.Retrain);
    }

    private sealed class CorpusStep(RelatedLinksStage stage, int related, bool retrain) : ICorpusStep
    {
        public string Version => stage.Version + $"+k{related}";

        /// <summary>A single article has nothing to link to.</summary>
        public IArticleStep Standalone { get; } = new UnchangedStep(stage.Version);

        public IArticleStep? Prelude { get; } = new FeaturesStep();

        public CorpusFit Fit(CorpusAnalysis corpus, CorpusContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(corpus);
            ArgumentNullException.ThrowIfNull(context);
            var articles = corpus.Articles;
            // Word statistics learned once from the corpus and kept, so a vector depends on its article alone.
            var keep = ImmutableDictionary.CreateBuilder<string, byte[]?>(StringComparer.Ordinal);
            DocumentFrequencies frequencies;
            if (!retrain && context.State.TryGetValue(FrequenciesEntry, out var kept))
            {
                frequencies = DocumentFrequencies.FromBytes(kept);
            }
            else
            {
                frequencies = DocumentFrequencies.Build(articles.Where(a => a.IsAnalysable).Select(a => (a.RelatedFeatures ?? RelatedFeatures.Empty).Terms.Select(t => t.Term)));
                keep[FrequenciesEntry] = frequencies.ToBytes();
            }
            var previous = context.State.TryGetValue(StateEntry, out var bytes) ? RelatedState.FromBytes(bytes) : null;
            var watch = Stopwatch.StartNew();
            var (linked, state, recomputed) = new RelatedLinker(stage._options, related).Link(articles, frequencies, previous, context);
            context.Log.Report(string.Create(CultureInfo.InvariantCulture,
                $"related: links of {recomputed} of {articles.Length} articles computed, the others kept ({watch.Elapsed.TotalSeconds:0.00} s)"));
            keep[StateEntry] = state.ToBytes();
            return new CorpusFit(new Step(Version, linked.ToDictionary(a => a.Id, StringComparer.Ordinal))) { State = keep.ToImmutable() };
        }
    }

    /// <summary>The content words an article indexes (<see cref="ArticleAnalysis.RelatedFeatures"/>).</summary>
    private sealed class FeaturesStep : IArticleStep
    {
        public string Version => "features-1";

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(article);
            return article with { RelatedFeatures = ContentWords.Features(article) };
        }
    }

    /// <summary>Attaches the links, copies and diagnostics computed for the corpus at fit time.</summary>
    private sealed class Step(string version, IReadOnlyDictionary<string, ArticleAnalysis> linked) : IArticleStep
    {
        public string Version => version;

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(article);
            return linked.TryGetValue(article.Id, out var result) ? result : article;
        }
    }
}
