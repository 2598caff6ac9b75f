using TextPipeline.Keyphrases;
using TextPipeline.Linking;
using TextPipeline.Pipeline;

namespace TextPipeline.Tests.Linking;

/// <summary>
/// The server's links (<see cref="LiveLinker"/>, one article at a time) equal a run's (<see cref="RelatedLinker"/>
/// over the whole archive) after every kind of change: inserts in any order, edits, deletes, exact and near copies
/// arriving and leaving, canonical copies changing.
/// </summary>
public sealed class LiveLinkerTests
{
    private static readonly CorpusContext s_context = new(2);

    /// <summary>Small posting lists, so that nearly every insert pushes an article out of a full list and every delete lets one in.</summary>
    private static readonly LinkingOptions s_capped = LinkingOptions.Default with { MaxPostings = 8, IndexTermsPerArticle = 10, Candidates = 12 };

    private static LinkingOptions OptionsFor(bool capped) => capped ? s_capped : LinkingOptions.Default;

    /// <summary>~200 articles of three topics, with exact copies, near copies (an extra sentence) and dates.</summary>
    private static List<ArticleAnalysis> Corpus(int seed)
    {
        var random = new Random(seed);
        var articles = new List<ArticleAnalysis>();
        for (var n = 0; n < 190; n++)
        {
            var topic = n % 3;
            var text = LinkingCorpus.TopicText(topic, seed * 10_000 + n);
            var published = random.Next(4) == 0 ? null : $"2024-0{1 + random.Next(9)}-1{random.Next(10)}";
            articles.Add(Prelinked($"t{topic}/{n:000}", text, published, random));
        }
        for (var c = 0; c < 12; c++)
        {
            var source = articles[random.Next(articles.Count)];
            var near = c % 2 == 0 ? source.Article.Text.ToString() : source.Article.Text + " Officials added a short note on Friday.";
            articles.Add(Prelinked($"copy/{c:00}", near, c % 3 == 0 ? "2023-01-01" : null, random));
        }
        return articles;
    }

    private static ArticleAnalysis Prelinked(string id, string text, string? published, Random random)
    {
        var analysis = new ArticleAnalysis(LinkingCorpus.Article(id, text, published));
        if (random.Next(3) == 0) analysis = analysis.WithEntities(LinkingCorpus.TopicWords[random.Next(3)][..2].Select(w => "Mr " + w).ToArray());
        return analysis with { RelatedFeatures = ContentWords.Features(analysis) };
    }

    private static DocumentFrequencies Frequencies(IEnumerable<ArticleAnalysis> articles) =>
        DocumentFrequencies.Build(articles.Select(a => a.RelatedFeatures!.Terms.Select(t => t.Term)));

    private static void AssertSameAsRun(LiveLinker live, IReadOnlyDictionary<string, ArticleAnalysis> current, DocumentFrequencies frequencies, string when,
        LinkingOptions? options = null)
    {
        var sorted = current.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var (expected, state, _) = new RelatedLinker(options ?? LinkingOptions.Default, 5).Link([.. sorted], frequencies, null, s_context);
        // The server keeps the indexed terms a run keeps (what the next run's incremental step compares).
        Assert.Equal(state.Articles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, string.Join(',', p.Value.IndexedTerms))),
            live.State().Articles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, string.Join(',', p.Value.IndexedTerms))));
        Assert.Equal(sorted.Length, live.Count);
        foreach (var e in expected)
        {
            var actual = live.Get(e.Id);
            Assert.True(e == actual, $"{when}: {e.Id} differs: expected links [{string.Join(", ", e.Related.Select(r => r.Id + ":" + r.Score))}] dup of {e.DuplicateOf}, got [{string.Join(", ", actual!.Related.Select(r => r.Id + ":" + r.Score))}] dup of {actual.DuplicateOf}");
        }
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public void Links_after_inserts_edits_and_deletes_one_at_a_time_equal_a_run_over_the_archive(int seed, bool capped)
    {
        var corpus = Corpus(seed);
        var frequencies = Frequencies(corpus);
        var options = OptionsFor(capped);
        var live = new LiveLinker(options, 5, frequencies);
        var current = new Dictionary<string, ArticleAnalysis>(StringComparer.Ordinal);
        var random = new Random(seed);
        var changedCounts = new List<int>();
        foreach (var article in corpus.OrderBy(_ => random.Next()))
        {
            current[article.Id] = article;
            var changed = live.Upsert(article);
            Assert.Equal(article.Id, changed[0].Id);
            changedCounts.Add(changed.Count);
        }
        AssertSameAsRun(live, current, frequencies, "after inserts", options);
        // An insert changes a handful of outputs, not the neighbourhood.
        Assert.True(changedCounts.Average() < 12, $"mean outputs changed per insert {changedCounts.Average():0.0}");
        if (capped)
        {
            // The cap binds: full lists, and articles that offered terms they do not index.
            var indexed = live.State().Articles.Values.Select(e => e.IndexedTerms).ToList();
            Assert.Equal(s_capped.MaxPostings, indexed.SelectMany(t => t).CountBy(t => t).Max(p => p.Value));
            Assert.Contains(indexed, t => t.Length < s_capped.IndexTermsPerArticle / 2);
        }

        for (var step = 0; step < 40; step++)
        {
            var ids = current.Keys.Order(StringComparer.Ordinal).ToArray();
            var id = ids[random.Next(ids.Length)];
            switch (random.Next(4))
            {
                case 0:
                    Assert.NotNull(live.Remove(id));
                    current.Remove(id);
                    break;
                case 1:
                    // Becomes an exact copy of another article.
                    var other = current[ids[random.Next(ids.Length)]];
                    var copy = Prelinked(id, other.Article.Text.ToString(), other.Article.Metadata.Published, random);
                    current[id] = copy;
                    live.Upsert(copy);
                    break;
                default:
                    var edited = Prelinked(id, LinkingCorpus.TopicText(random.Next(3), random.Next()), null, random);
                    current[id] = edited;
                    live.Upsert(edited);
                    break;
            }
            if (step % 10 == 9) AssertSameAsRun(live, current, frequencies, $"after step {step}", options);
        }
        Assert.Null(live.Remove("absent"));
    }

    [Fact]
    public void Loading_a_run_s_outputs_keeps_their_links_and_the_next_change_matches_a_run()
    {
        var corpus = Corpus(3);
        var frequencies = Frequencies(corpus);
        var sorted = corpus.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var (linked, _, _) = new RelatedLinker(LinkingOptions.Default, 5).Link([.. sorted], frequencies, null, s_context);
        var live = new LiveLinker(LinkingOptions.Default, 5, frequencies);
        Assert.Empty(live.Load(linked, trusted: true, s_context));
        var current = corpus.ToDictionary(a => a.Id, StringComparer.Ordinal);
        AssertSameAsRun(live, current, frequencies, "after load");

        var edited = Prelinked("t1/004", LinkingCorpus.TopicText(2, 77), null, new Random(1));
        current[edited.Id] = edited;
        live.Upsert(edited);
        AssertSameAsRun(live, current, frequencies, "after an edit");

        // Links kept with other settings (e.g. --related 3) are recomputed at load.
        var (three, _, _) = new RelatedLinker(LinkingOptions.Default, 3).Link([.. sorted], frequencies, null, s_context);
        var reloaded = new LiveLinker(LinkingOptions.Default, 5, frequencies);
        Assert.NotEmpty(reloaded.Load(three, trusted: false, s_context));
        AssertSameAsRun(reloaded, corpus.ToDictionary(a => a.Id, StringComparer.Ordinal), frequencies, "after a reload");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_article_that_is_not_stored_links_as_it_would_once_stored_and_never_to_its_own_copies(bool capped)
    {
        var corpus = Corpus(4);
        var frequencies = Frequencies(corpus);
        var live = new LiveLinker(OptionsFor(capped), 5, frequencies);
        foreach (var a in corpus.Where(a => a.Id != "t0/003")) live.Upsert(a);
        var probe = corpus.Single(a => a.Id == "t0/003");
        var unstored = live.Link(probe);
        live.Upsert(probe);
        Assert.Equal(live.Get("t0/003")!.Related, unstored.Related);
        // A new version of a stored article links as it will once it replaces the stored one (with caps, the old
        // version leaves its lists and the new one enters others).
        var random = new Random(6);
        foreach (var id in new[] { "t0/009", "t1/040", "t2/101", "t0/150" })
        {
            var edited = Prelinked(id, LinkingCorpus.TopicText(random.Next(3), random.Next()), null, random);
            var before = live.Link(edited);
            live.Upsert(edited);
            Assert.Equal(live.Get(id)!.Related, before.Related);
        }

        // A copy of a stored article under a new id: never linked to the article it copies.
        var source = live.Get("t1/010")!;
        var copy = Prelinked("new/copy", source.Article.Text.ToString(), null, new Random(5));
        var result = live.Link(copy);
        Assert.Contains("t1/010", result.Duplicates);
        Assert.DoesNotContain(result.Related, r => r.Id == "t1/010");
        Assert.NotEmpty(result.Related);
    }
}
