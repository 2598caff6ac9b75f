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
/// articles (added, edited, deleted, whose duplicate group changed, or whose indexed terms changed because an edit
/// moved them into or out of a capped posting list) and every article that indexes a term one of them indexes, before
/// or after the change; the others keep their links. Because candidates are the articles that
/// share an indexed term (a symmetric relation) and every vector depends on its own article only, the result is
/// exactly what a computation from scratch gives.
/// </summary>
internal sealed class RelatedLinker(LinkingOptions options, int related)
{
    /// <summary>Identifies the settings links were computed with: a state made with others is not reused.</summary>
    public string Settings(DocumentFrequencies frequencies) => $"links-3;{options.Fingerprint};k={related};idf={frequencies.Fingerprint}";

    public (ArticleAnalysis[] Articles, RelatedState State, int Recomputed) Link(
        ImmutableArray<ArticleAnalysis> articles, DocumentFrequencies frequencies, RelatedState? previous, CorpusContext context)
    {
        var n = articles.Length;
        // Processor time per phase (the scale benchmark reads it from the log; wall time on a shared machine says little).
        var cpu = CpuClock.Start();
        var phases = new List<string>();
        void Phase(string name)
        {
            phases.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {cpu.Elapsed.TotalSeconds:0.00}"));
            cpu = CpuClock.Start();
        }
        var (duplicates, jaccard) = FindDuplicates(articles, context);
        Phase("duplicates");
        var vectors = context.Map(articles, a => ArticleVectors.Of(a, frequencies));
        Phase("vectors");
        var index = new RelatedIndex([.. articles.Select(a => a.Id)], vectors, duplicates, options);
        Phase("index");
        var fingerprints = new string[n];
        Parallel.For(0, n, context.ParallelOptions, a => fingerprints[a] = Fingerprint(articles[a], articles[duplicates.CanonicalOf(a)].Id, duplicates.OthersOf(a).Select(o => articles[o].Id)));
        var settings = Settings(frequencies);
        var affected = Affected(articles, index, fingerprints, previous is not null && previous.Settings == settings ? previous : null);
        Phase("affected");

        var links = new EquatableArray<RelatedArticle>[n];
        Parallel.For(0, n, context.ParallelOptions, index.NewScratch, (a, _, scratch) =>
        {
            links[a] = affected[a] ? LinksOf(index, a, related, options.MaxReasons, s => articles[s], scratch) : previous!.Articles[articles[a].Id].Links;
            return scratch;
        }, _ => { });
        Phase("links");

        var output = new ArticleAnalysis[n];
        var entries = ImmutableDictionary.CreateBuilder<string, RelatedState.Entry>(StringComparer.Ordinal);
        for (var a = 0; a < n; a++)
        {
            var canonical = duplicates.IsCanonical(a) ? null : articles[duplicates.CanonicalOf(a)];
            output[a] = Attach(articles[a], links[a], canonical, jaccard[a], duplicates.OthersOf(a).Select(o => articles[o].Id).ToEquatableArray(), vectors[a]);
            entries[articles[a].Id] = new RelatedState.Entry(fingerprints[a], index.IndexedTerms(a), links[a]);
        }
        Phase("output");
        context.Log.Report($"related: CPU seconds by phase: {string.Join(", ", phases)}");
        return (output, new RelatedState(settings, entries.ToImmutable()), affected.Count(x => x));
    }

    /// <summary>The links of the article in <paramref name="slot"/>, with their reasons (run and server compute them with this).</summary>
    public static EquatableArray<RelatedArticle> LinksOf(RelatedIndex index, int slot, int related, int maxReasons, Func<int, ArticleAnalysis> analysisOf,
        RelatedIndex.QueryScratch? scratch = null) =>
        index.Query(slot, related, scratch).Select(r => new RelatedArticle(index.IdOf(r.Article), r.Score,
            ReasonPicker.Pick(analysisOf(slot), analysisOf(r.Article), index.VectorsOf(slot), index.VectorsOf(r.Article), maxReasons))).ToEquatableArray();

    /// <summary>
    /// An article as linking leaves it: its links, its copies, the canonical copy it duplicates (with the copy
    /// diagnostic), and a note when it has no words to link by. Run and server build every output with this.
    /// </summary>
    /// <param name="canonical">The group's canonical copy when the article is not canonical itself.</param>
    /// <param name="jaccard">Shingle Jaccard with <paramref name="canonical"/>.</param>
    public static ArticleAnalysis Attach(ArticleAnalysis article, EquatableArray<RelatedArticle> links, ArticleAnalysis? canonical, double jaccard,
        EquatableArray<string> others, ArticleVectors vectors)
    {
        var diagnostics = new List<Diagnostic>();
        if (canonical is not null)
        {
            diagnostics.Add(IsExactCopy(article, canonical)
                ? Diagnostic.Create(LinkingDiagnostics.ExactCopy, article.Article.Path, null, article.Id, canonical.Id)
                : Diagnostic.Create(LinkingDiagnostics.NearCopy, article.Article.Path, null, article.Id, canonical.Id,
                    jaccard.ToString("0.00", CultureInfo.InvariantCulture)));
        }
        if (vectors.Text.IsEmpty && article.IsAnalysable) diagnostics.Add(Diagnostic.Create(LinkingDiagnostics.NoTerms, article.Article.Path, null, article.Id));
        return article.AddDiagnostics(diagnostics) with
        {
            Related = links,
            Duplicates = others,
            DuplicateOf = canonical?.Id,
        };
    }

    /// <summary>An analysis as it was before linking (what the server re-links when other articles change).</summary>
    public static ArticleAnalysis Detach(ArticleAnalysis linked) => linked with
    {
        Related = EquatableArray<RelatedArticle>.Empty,
        Duplicates = EquatableArray<string>.Empty,
        DuplicateOf = null,
        Diagnostics = linked.Diagnostics.Where(d => !LinkingDiagnostics.All.Contains(d.Descriptor)).ToEquatableArray(),
    };

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
            // Unchanged: the same content and the same indexed terms (an edit elsewhere can push an article out of a
            // capped posting list, or let it in, and so change who its candidates are and whose candidate it is).
            if (previous.Articles.TryGetValue(articles[a].Id, out var entry) && entry.Fingerprint == fingerprints[a]
                && entry.IndexedTerms.AsSpan().SequenceEqual(index.IndexedTerms(a).AsSpan())) continue;
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
    public static string Fingerprint(ArticleAnalysis article, string canonicalId, IEnumerable<string> others)
    {
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
        text.Append('|').Append(canonicalId).Append('|');
        foreach (var o in others) text.Append(o).Append(';');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static bool IsExactCopy(ArticleAnalysis a, ArticleAnalysis b) =>
        a.Article.Sha256 == b.Article.Sha256 || a.Article.Text.Equals(b.Article.Text);

    private (DuplicateSets Sets, double[] JaccardToCanonical) FindDuplicates(ImmutableArray<ArticleAnalysis> articles, CorpusContext context)
    {
        // Only the signatures are kept for every article; an article's shingles are made again when one of its pairs
        // is verified (few are: most LSH buckets hold one article), which keeps a 100,000-article corpus's shingles
        // (hundreds of MB) out of memory.
        var signatures = context.Map(articles, a => DuplicateFinder.SignatureOf(ShinglesOf(a)));
        var made = new Dictionary<int, ulong[]>();
        ulong[] Shingled(int a)
        {
            if (!made.TryGetValue(a, out var shingles)) made[a] = shingles = ShinglesOf(articles[a]);
            return shingles;
        }
        var sets = DuplicateSets.From(DuplicateFinder.Group([.. articles.Select(a => a.Article.Sha256)], signatures, Shingled, options.DuplicateJaccard), articles);
        var jaccard = new double[articles.Length];
        for (var a = 0; a < articles.Length; a++)
        {
            jaccard[a] = sets.IsCanonical(a) ? 1 : Shingles.Jaccard(Shingled(a), Shingled(sets.CanonicalOf(a)));
        }
        return (sets, jaccard);
    }

    private ulong[] ShinglesOf(ArticleAnalysis article) => Shingles.Of(article.Article.Text.AsSpan(), options.ShingleSize);
}
