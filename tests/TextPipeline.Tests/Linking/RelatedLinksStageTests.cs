using TextPipeline.Linking;
using TextPipeline.Pipeline;

namespace TextPipeline.Tests.Linking;

public sealed class RelatedLinksStageTests
{
    [Fact]
    public void Links_are_on_topic_never_self_and_sorted_by_score_then_id()
    {
        var result = LinkingCorpus.Run(LinkingCorpus.ThreeTopics(10), related: 5);
        foreach (var a in result.Articles)
        {
            Assert.Equal(5, a.Related.Count);
            Assert.DoesNotContain(a.Related, r => r.Id == a.Id);
            Assert.All(a.Related, r => Assert.Equal(a.Id[..2], r.Id[..2]));
            Assert.All(a.Related, r => Assert.InRange(r.Score, 0.0, 1.0));
            for (var i = 1; i < a.Related.Count; i++)
            {
                var (prev, next) = (a.Related[i - 1], a.Related[i]);
                Assert.True(prev.Score > next.Score || (prev.Score == next.Score && string.CompareOrdinal(prev.Id, next.Id) < 0));
            }
            Assert.NotEmpty(a.Related[0].Reasons);
        }
    }

    [Fact]
    public void Output_is_identical_for_one_and_many_threads()
    {
        var corpus = LinkingCorpus.ThreeTopics(12);
        var one = LinkingCorpus.Run(corpus, jobs: 1);
        var many = LinkingCorpus.Run(corpus, jobs: 8);
        Assert.Equal(one.Articles.Select(a => (a.Related, a.Duplicates, a.DuplicateOf, a.Diagnostics)),
                     many.Articles.Select(a => (a.Related, a.Duplicates, a.DuplicateOf, a.Diagnostics)));
    }

    [Fact]
    public void Equal_scores_are_ordered_by_id()
    {
        // Two shuffles of the same words have equal vectors (so equal scores) but are not near-duplicates.
        var words = LinkingCorpus.TopicText(0, 2).Split(' ');
        var corpus = LinkingCorpus.Corpus(
            new ArticleAnalysis(LinkingCorpus.Article("a/1", LinkingCorpus.TopicText(0, 1))),
            new ArticleAnalysis(LinkingCorpus.Article("z/1", string.Join(' ', words.Order(StringComparer.Ordinal)))),
            new ArticleAnalysis(LinkingCorpus.Article("m/1", string.Join(' ', words.OrderDescending(StringComparer.Ordinal)))));
        var result = LinkingCorpus.Run(corpus);
        var links = result.Articles.Single(a => a.Id == "a/1").Related;
        Assert.Equal(2, links.Count);
        Assert.Equal(links[0].Score, links[1].Score);
        Assert.Equal(["m/1", "z/1"], links.Select(l => l.Id));
    }

    [Fact]
    public void Exact_copies_name_the_earliest_published_canonical_and_are_not_linked()
    {
        var story = LinkingCorpus.TopicText(1, 7);
        var corpus = LinkingCorpus.Corpus(
            [
                new ArticleAnalysis(LinkingCorpus.Article("t1/100", story, "2024-05-02")),
                new ArticleAnalysis(LinkingCorpus.Article("t1/200", story, "2024-05-01")),
                new ArticleAnalysis(LinkingCorpus.Article("t1/300", story)),
                .. LinkingCorpus.ThreeTopics(5).Articles,
            ]);
        var result = LinkingCorpus.Run(corpus).Articles.ToDictionary(a => a.Id);
        Assert.Null(result["t1/200"].DuplicateOf);
        Assert.Equal("t1/200", result["t1/100"].DuplicateOf);
        Assert.Equal("t1/200", result["t1/300"].DuplicateOf);
        Assert.Equal(["t1/200", "t1/300"], result["t1/100"].Duplicates);
        Assert.Contains(result["t1/300"].Diagnostics, d => d.Descriptor == LinkingDiagnostics.ExactCopy);
        Assert.DoesNotContain(result["t1/200"].Diagnostics, d => d.Descriptor == LinkingDiagnostics.ExactCopy);
        string[] copies = ["t1/100", "t1/200", "t1/300"];
        foreach (var id in copies)
        {
            Assert.DoesNotContain(result[id].Related, r => copies.Contains(r.Id));
        }
        // Other articles may link the canonical copy, never the non-canonical ones.
        Assert.DoesNotContain(result.Values.SelectMany(a => a.Related), r => r.Id is "t1/100" or "t1/300");
    }

    [Fact]
    public void A_copy_with_one_sentence_edited_is_a_near_duplicate_but_a_same_topic_article_is_not()
    {
        var original = string.Join(' ', Enumerable.Range(0, 15).Select(i => LinkingCorpus.TopicText(2, 50 + i).Split('.')[0] + "."));
        var sentences = original.Split(". ");
        sentences[4] = "An entirely different sentence was written here by an editor on the night desk";
        var edited = string.Join(". ", sentences);
        var corpus = LinkingCorpus.Corpus(
            new ArticleAnalysis(LinkingCorpus.Article("x/1", original)),
            new ArticleAnalysis(LinkingCorpus.Article("x/2", edited)),
            new ArticleAnalysis(LinkingCorpus.Article("x/3", LinkingCorpus.TopicText(2, 999))));
        var result = LinkingCorpus.Run(corpus).Articles.ToDictionary(a => a.Id);
        Assert.Equal("x/1", result["x/2"].DuplicateOf);
        Assert.Contains(result["x/2"].Diagnostics, d => d.Descriptor == LinkingDiagnostics.NearCopy);
        Assert.Null(result["x/3"].DuplicateOf);
        Assert.Empty(result["x/3"].Duplicates);
        Assert.DoesNotContain(result["x/1"].Related, r => r.Id == "x/2");
    }

    [Fact]
    public void Reasons_list_shared_entities_first()
    {
        var a = new ArticleAnalysis(LinkingCorpus.Article("p/1", LinkingCorpus.TopicText(0, 1))).WithEntities("Arsene Wenger", "Arsenal");
        var b = new ArticleAnalysis(LinkingCorpus.Article("p/2", LinkingCorpus.TopicText(0, 2))).WithEntities("Arsenal", "Chelsea");
        var result = LinkingCorpus.Run(LinkingCorpus.Corpus(a, b));
        var link = Assert.Single(result.Articles[0].Related);
        Assert.Equal("Arsenal", link.Reasons[0]);
        Assert.DoesNotContain("Chelsea", link.Reasons);
    }

    [Fact]
    public void Empty_articles_get_no_links_and_a_diagnostic_and_never_throw()
    {
        var corpus = LinkingCorpus.Corpus(
            new ArticleAnalysis(LinkingCorpus.Article("e/1", "")),
            new ArticleAnalysis(LinkingCorpus.Article("e/2", "")),
            new ArticleAnalysis(LinkingCorpus.Article("e/3", "the of and")));
        var result = LinkingCorpus.Run(corpus);
        Assert.All(result.Articles, a => Assert.Empty(a.Related));
        Assert.All(result.Articles, a => Assert.Null(a.DuplicateOf));
        Assert.All(result.Articles, a => Assert.Contains(a.Diagnostics, d => d.Descriptor == LinkingDiagnostics.NoTerms));
    }

    [Fact]
    public void Non_default_tuning_changes_the_stage_version_so_cached_results_are_not_reused()
    {
        Assert.Equal("2", new RelatedLinksStage().Version);
        Assert.NotEqual(new RelatedLinksStage().Version, new RelatedLinksStage(LinkingOptions.Default with { DuplicateJaccard = 0.8 }).Version);
    }
}
