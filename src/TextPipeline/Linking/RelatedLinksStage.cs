using System.Collections.Immutable;
using System.Globalization;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Linking;

/// <summary>
/// Corpus-wide related links and duplicates. First groups exact and near copies (<see cref="DuplicateFinder"/>),
/// names each group's canonical copy and reports the others; then links every article to its top-K most similar
/// canonical articles, never itself nor one of its own copies. Similarity blends the cosine of term vectors with
/// topic mixtures and shared entities when present; candidates come from an inverted index over each article's
/// top terms and are re-scored exactly. Ties break by id, so the output does not depend on the thread count.
/// </summary>
public sealed class RelatedLinksStage : ICorpusStage
{
    private readonly LinkingOptions _options;

    public RelatedLinksStage(LinkingOptions? options = null) => _options = options ?? LinkingOptions.Default;

    public string Name => "related";

    /// <summary>Part of cache keys: the algorithm's version plus any non-default tuning.</summary>
    public string Version => _options == LinkingOptions.Default ? "1" : "1-" + _options.Fingerprint;

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => LinkingDiagnostics.All;

    public ICorpusStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        return new CorpusStep(this, Math.Max(0, preparation.Options.Related));
    }

    private sealed class CorpusStep(RelatedLinksStage stage, int related) : ICorpusStep
    {
        public string Version => stage.Version + $"+k{related}";

        /// <summary>A single article has nothing to link to.</summary>
        public IArticleStep Standalone { get; } = new UnchangedStep(stage.Version);

        public CorpusFit Fit(CorpusAnalysis corpus, CorpusContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(corpus);
            ArgumentNullException.ThrowIfNull(context);
            return new CorpusFit(new Step(Version, stage.Link(corpus.Articles, related, context)));
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

    /// <summary>Every article with its related links, copies and linking diagnostics, by id.</summary>
    private Dictionary<string, ArticleAnalysis> Link(ImmutableArray<ArticleAnalysis> articles, int related, CorpusContext context)
    {
        var parallel = context.ParallelOptions;
        var watch = CpuClock.Start();
        var (duplicates, jaccardToCanonical) = FindDuplicates(articles, parallel);
        var duplicateSeconds = watch.Elapsed.TotalSeconds;
        var builder = new TermVectorBuilder();
        var interned = context.Map(articles, a => builder.Intern(ContentWords.Count(a)));
        var vectors = builder.Build(interned, parallel, out var vocabulary);
        interned = [];

        var vectorSeconds = watch.Elapsed.TotalSeconds - duplicateSeconds;
        var scorer = new LinkScorer(articles, vectors, duplicates, _options, parallel);
        var links = scorer.TopK(related);

        var output = new ArticleAnalysis[articles.Length];
        Parallel.For(0, articles.Length, parallel, a =>
        {
            var article = articles[a];
            var list = links[a]
                .Select(r => new Linking.RelatedArticle(articles[r.Article].Id, r.Score,
                    ReasonPicker.Pick(article, articles[r.Article], vectors[a], vectors[r.Article], vocabulary, _options.MaxReasons)))
                .ToEquatableArray();
            var diagnostics = new List<Diagnostic>();
            string? duplicateOf = null;
            if (!duplicates.IsCanonical(a))
            {
                var canonical = articles[duplicates.CanonicalOf(a)];
                duplicateOf = canonical.Id;
                diagnostics.Add(IsExactCopy(article, canonical)
                    ? Diagnostic.Create(LinkingDiagnostics.ExactCopy, article.Article.Path, null, article.Id, canonical.Id)
                    : Diagnostic.Create(LinkingDiagnostics.NearCopy, article.Article.Path, null, article.Id, canonical.Id,
                        jaccardToCanonical[a].ToString("0.00", CultureInfo.InvariantCulture)));
            }
            if (vectors[a].IsEmpty) diagnostics.Add(Diagnostic.Create(LinkingDiagnostics.NoTerms, article.Article.Path, null, article.Id));
            output[a] = article.AddDiagnostics(diagnostics) with
            {
                Related = list,
                Duplicates = duplicates.OthersOf(a).Select(o => articles[o].Id).ToEquatableArray(),
                DuplicateOf = duplicateOf,
            };
        });
        context.Log.Report(string.Create(CultureInfo.InvariantCulture,
            $"related (cpu): duplicates {duplicateSeconds:0.00} s, vectors {vectorSeconds:0.00} s, links {watch.Elapsed.TotalSeconds - duplicateSeconds - vectorSeconds:0.00} s, vocabulary {vocabulary.Length}"));
        return output.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    private static bool IsExactCopy(ArticleAnalysis a, ArticleAnalysis b) =>
        a.Article.Sha256 == b.Article.Sha256 || a.Article.Text.Equals(b.Article.Text);

    private (DuplicateSets Sets, double[] JaccardToCanonical) FindDuplicates(ImmutableArray<ArticleAnalysis> articles, ParallelOptions parallel)
    {
        var candidates = new DuplicateCandidate[articles.Length];
        Parallel.For(0, articles.Length, parallel, a =>
        {
            var article = articles[a].Article;
            candidates[a] = new DuplicateCandidate(article.Sha256, Shingles.Of(article.Text.AsSpan(), _options.ShingleSize));
        });
        var sets = DuplicateSets.From(DuplicateFinder.Group(candidates, _options.DuplicateJaccard, parallel), articles);
        var jaccard = new double[articles.Length];
        for (var a = 0; a < articles.Length; a++)
        {
            jaccard[a] = sets.IsCanonical(a) ? 1 : Shingles.Jaccard(candidates[a].Shingles, candidates[sets.CanonicalOf(a)].Shingles);
        }
        return (sets, jaccard);
    }
}
