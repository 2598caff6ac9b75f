using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TextPipeline.Diagnostics;
using TextPipeline.Keyphrases;
using TextPipeline.Pipeline;

namespace TextPipeline.Linking;

/// <summary>
/// Computes every article's related links, copies and linking diagnostics for a corpus. With the state of an earlier
/// run (same settings and statistics), only articles whose links can have changed are recomputed: the changed
/// articles (added, edited, deleted, or whose duplicate group changed) and every article that indexes a term one of
/// them indexes, before or after the change; the others keep their links. Because candidates are the articles that
/// share an indexed term (a symmetric relation) and every vector depends on its own article only, the result is
/// exactly what a computation from scratch gives.
/// </summary>
internal sealed class RelatedLinker(LinkingOptions options, int related)
{
    /// <summary>Identifies the settings links were computed with: a state made with others is not reused.</summary>
    public string Settings(DocumentFrequencies frequencies) => $"links-2;{options.Fingerprint};k={related};idf={frequencies.Fingerprint}";

    public (ArticleAnalysis[] Articles, RelatedState State, int Recomputed) Link(
        ImmutableArray<ArticleAnalysis> articles, DocumentFrequencies frequencies, RelatedState? previous, CorpusContext context)
    {
        var n = articles.Length;
        var (duplicates, jaccard) = FindDuplicates(articles, context);
        var vectors = context.Map(articles, a => ArticleVectors.Of(a, frequencies));
        var index = new RelatedIndex(vectors, duplicates, options);
        var fingerprints = new string[n];
        Parallel.For(0, n, context.ParallelOptions, a => fingerprints[a] = Fingerprint(articles, a, duplicates));
        var settings = Settings(frequencies);
        var affected = Affected(articles, index, fingerprints, previous is not null && previous.Settings == settings ? previous : null);

        var links = new EquatableArray<RelatedArticle>[n];
        Parallel.For(0, n, context.ParallelOptions, a =>
        {
            links[a] = affected[a]
                ? index.Query(a, related).Select(r => new RelatedArticle(articles[r.Article].Id, r.Score,
                    ReasonPicker.Pick(articles[a], articles[r.Article], vectors[a], vectors[r.Article], options.MaxReasons))).ToEquatableArray()
                : previous!.Articles[articles[a].Id].Links;
        });

        var output = new ArticleAnalysis[n];
        var entries = ImmutableDictionary.CreateBuilder<string, RelatedState.Entry>(StringComparer.Ordinal);
        for (var a = 0; a < n; a++)
        {
            var article = articles[a];
            var diagnostics = new List<Diagnostic>();
            string? duplicateOf = null;
            if (!duplicates.IsCanonical(a))
            {
                var canonical = articles[duplicates.CanonicalOf(a)];
                duplicateOf = canonical.Id;
                diagnostics.Add(IsExactCopy(article, canonical)
                    ? Diagnostic.Create(LinkingDiagnostics.ExactCopy, article.Article.Path, null, article.Id, canonical.Id)
                    : Diagnostic.Create(LinkingDiagnostics.NearCopy, article.Article.Path, null, article.Id, canonical.Id,
                        jaccard[a].ToString("0.00", CultureInfo.InvariantCulture)));
            }
            if (vectors[a].Text.IsEmpty && article.IsAnalysable) diagnostics.Add(Diagnostic.Create(LinkingDiagnostics.NoTerms, article.Article.Path, null, article.Id));
            output[a] = article.AddDiagnostics(diagnostics) with
            {
                Related = links[a],
                Duplicates = duplicates.OthersOf(a).Select(o => articles[o].Id).ToEquatableArray(),
                DuplicateOf = duplicateOf,
            };
            entries[article.Id] = new RelatedState.Entry(fingerprints[a], index.IndexedTerms(a), links[a]);
        }
        return (output, new RelatedState(settings, entries.ToImmutable()), affected.Count(x => x));
    }

    private static bool[] Affected(ImmutableArray<ArticleAnalysis> articles, RelatedIndex index, string[] fingerprints, RelatedState? previous)
    {
        var affected = new bool[articles.Length];
        if (previous is null)
        {
            Array.Fill(affected, true);
            return affected;
        }
        var changedIds = new HashSet<string>(StringComparer.Ordinal);
        var current = new HashSet<string>(articles.Select(a => a.Id), StringComparer.Ordinal);
        for (var a = 0; a < articles.Length; a++)
        {
            if (previous.Articles.TryGetValue(articles[a].Id, out var entry) && entry.Fingerprint == fingerprints[a]) continue;
            changedIds.Add(articles[a].Id);
            affected[a] = true;
            foreach (var other in index.Neighbourhood(a)) affected[other] = true;
        }
        foreach (var (id, entry) in previous.Articles)
        {
            if (current.Contains(id) && !changedIds.Contains(id)) continue;
            changedIds.Add(id);
            // Those that shared an indexed term with the old version could have had it as a candidate.
            foreach (var term in entry.IndexedTerms)
            {
                foreach (var other in index.ArticlesIndexing(term)) affected[other] = true;
            }
        }
        for (var a = 0; a < articles.Length; a++)
        {
            if (!affected[a] && previous.Articles[articles[a].Id].Links.Any(l => changedIds.Contains(l.Id))) affected[a] = true;
        }
        return affected;
    }

    /// <summary>Everything an article's links and output depend on besides other articles: a change here makes it "changed".</summary>
    private static string Fingerprint(ImmutableArray<ArticleAnalysis> articles, int a, DuplicateSets duplicates)
    {
        var article = articles[a];
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(article.Article.Sha256).Append('|').Append(article.Article.Metadata.Published).Append('|');
        foreach (var t in article.RelatedFeatures?.Terms ?? []) text.Append(inv, $"{t.Term}:{t.Count}:{t.Display};");
        text.Append('|');
        foreach (var t in article.Topics) text.Append(inv, $"{t.Id}:{t.Weight:R};");
        text.Append('|');
        foreach (var e in article.Entities) text.Append(inv, $"{e.Name}:{e.Salience:R};");
        text.Append('|');
        foreach (var k in article.Keyphrases) text.Append(inv, $"{k.Text}:{k.Score:R};");
        text.Append('|').Append(articles[duplicates.CanonicalOf(a)].Id).Append('|');
        foreach (var o in duplicates.OthersOf(a)) text.Append(articles[o].Id).Append(';');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static bool IsExactCopy(ArticleAnalysis a, ArticleAnalysis b) =>
        a.Article.Sha256 == b.Article.Sha256 || a.Article.Text.Equals(b.Article.Text);

    private (DuplicateSets Sets, double[] JaccardToCanonical) FindDuplicates(ImmutableArray<ArticleAnalysis> articles, CorpusContext context)
    {
        var candidates = context.Map(articles, a => new DuplicateCandidate(a.Article.Sha256, Shingles.Of(a.Article.Text.AsSpan(), options.ShingleSize)));
        var sets = DuplicateSets.From(DuplicateFinder.Group(candidates, options.DuplicateJaccard, context.ParallelOptions), articles);
        var jaccard = new double[articles.Length];
        for (var a = 0; a < articles.Length; a++)
        {
            jaccard[a] = sets.IsCanonical(a) ? 1 : Shingles.Jaccard(candidates[a].Shingles, candidates[sets.CanonicalOf(a)].Shingles);
        }
        return (sets, jaccard);
    }
}
