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

    public CorpusAnalysis Process(CorpusAnalysis corpus, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(context);
        var articles = corpus.Articles;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.Jobs), CancellationToken = cancellationToken };

        var watch = CpuClock.Start();
        var (duplicates, jaccardToCanonical) = FindDuplicates(articles, parallel);
        var duplicateSeconds = watch.Elapsed.TotalSeconds;
        var builder = new TermVectorBuilder();
        var interned = new (int[] Terms, int[] Counts)[articles.Length];
        Parallel.For(0, articles.Length, parallel, a => interned[a] = builder.Intern(ContentWords.Count(articles[a])));
        var vectors = builder.Build(interned, parallel, out var vocabulary);
        interned = [];

        var vectorSeconds = watch.Elapsed.TotalSeconds - duplicateSeconds;
        var scorer = new LinkScorer(articles, vectors, duplicates, _options, parallel);
        var related = scorer.TopK(Math.Max(0, context.Options.Related));

        var output = new ArticleAnalysis[articles.Length];
        Parallel.For(0, articles.Length, parallel, a =>
        {
            var article = articles[a];
            var links = related[a]
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
            if (vectors[a].IsEmpty && article.IsAnalysable) diagnostics.Add(Diagnostic.Create(LinkingDiagnostics.NoTerms, article.Article.Path, null, article.Id));
            output[a] = article.AddDiagnostics(diagnostics) with
            {
                Related = links,
                Duplicates = duplicates.OthersOf(a).Select(o => articles[o].Id).ToEquatableArray(),
                DuplicateOf = duplicateOf,
            };
        });
        context.Log.Report(string.Create(CultureInfo.InvariantCulture,
            $"related (cpu): duplicates {duplicateSeconds:0.00} s, vectors {vectorSeconds:0.00} s, links {watch.Elapsed.TotalSeconds - duplicateSeconds - vectorSeconds:0.00} s, vocabulary {vocabulary.Length}"));
        return corpus with { Articles = [.. output] };
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
