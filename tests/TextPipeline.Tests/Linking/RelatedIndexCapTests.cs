using System.Collections.Immutable;
using TextPipeline.Keyphrases;
using TextPipeline.Linking;
using TextPipeline.Pipeline;

namespace TextPipeline.Tests.Linking;

/// <summary>
/// Capped posting lists keep the candidate relation symmetric, so links computed incrementally after any edits are
/// exactly the links computed from scratch, also when an edit pushes other articles out of a list or lets them in.
/// </summary>
public sealed class RelatedIndexCapTests
{
    private static readonly LinkingOptions s_capped = LinkingOptions.Default with { MaxPostings = 6, IndexTermsPerArticle = 8, Candidates = 10 };

    private static ImmutableArray<ArticleAnalysis> WithFeatures(IEnumerable<ArticleAnalysis> articles) =>
        [.. articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => a with { RelatedFeatures = ContentWords.Features(a) })];

    private static ArticleAnalysis Make(string id, string text) => new(LinkingCorpus.Article(id, text));

    [Fact]
    public void Posting_lists_are_capped_and_candidates_stay_symmetric()
    {
        var articles = WithFeatures(LinkingCorpus.ThreeTopics(25).Articles);
        var frequencies = DocumentFrequencies.Build(articles.Select(a => a.RelatedFeatures!.Terms.Select(t => t.Term)));
        var vectors = articles.Select(a => ArticleVectors.Of(a, frequencies)).ToArray();
        var index = new RelatedIndex([.. articles.Select(a => a.Id)], vectors, DuplicateSets.From(Enumerable.Range(0, articles.Length).ToArray(), articles), s_capped);
        var indexing = Enumerable.Range(0, articles.Length).SelectMany(a => index.IndexedTerms(a)).Distinct().ToList();
        Assert.All(indexing, term => Assert.InRange(index.ArticlesIndexing(term).Count(), 1, s_capped.MaxPostings));
        // The cap binds: some articles lost terms they offered.
        Assert.Contains(Enumerable.Range(0, articles.Length), a => index.IndexedTerms(a).Length < s_capped.IndexTermsPerArticle);
        var neighbours = Enumerable.Range(0, articles.Length).Select(a => index.Neighbourhood(a).ToHashSet()).ToList();
        for (var a = 0; a < articles.Length; a++)
        {
            foreach (var b in neighbours[a]) Assert.Contains(a, neighbours[b]);
        }
    }

    [Fact]
    public void Incremental_links_after_random_edits_equal_links_from_scratch()
    {
        var random = new Random(7);
        var articles = LinkingCorpus.ThreeTopics(20).Articles.ToDictionary(a => a.Id, a => a, StringComparer.Ordinal);
        var linker = new RelatedLinker(s_capped, related: 4);
        // Frozen statistics, as a run with a state folder has: the kept links are reused only under the same ones.
        var frequencies = DocumentFrequencies.Build(WithFeatures(articles.Values).Select(a => a.RelatedFeatures!.Terms.Select(t => t.Term)));
        var context = new CorpusContext(2);
        var (_, state, _) = linker.Link(WithFeatures(articles.Values), frequencies, null, context);
        var partial = 0;
        for (var round = 0; round < 25; round++)
        {
            for (var edit = 0; edit < 1 + random.Next(3); edit++)
            {
                var ids = articles.Keys.Order(StringComparer.Ordinal).ToList();
                var id = ids[random.Next(ids.Count)];
                var topic = random.Next(3);
                switch (random.Next(4))
                {
                    case 0: // more of one topic's words: weights rise, the article can push others out of lists
                        articles[id] = Make(id, articles[id].Article.Text + " " + string.Join(' ', Enumerable.Repeat(LinkingCorpus.TopicWords[topic][random.Next(12)], 6)) + ".");
                        break;
                    case 1:
                        articles.Remove(id);
                        break;
                    case 2:
                        var added = $"t{topic}/n{round:00}{edit}";
                        articles[added] = Make(added, LinkingCorpus.TopicText(topic, 5000 + round * 10 + edit));
                        break;
                    default: // an exact copy: duplicate groups change too
                        var copy = $"t9/copy{round:00}{edit}";
                        articles[copy] = Make(copy, articles[id].Article.Text.ToString());
                        break;
                }
            }
            var current = WithFeatures(articles.Values);
            var (incremental, next, recomputed) = linker.Link(current, frequencies, state, context);
            var (scratch, fresh, _) = linker.Link(current, frequencies, null, context);
            Assert.Equal(scratch.Select(a => (a.Id, a.Related, a.Duplicates, a.DuplicateOf)), incremental.Select(a => (a.Id, a.Related, a.Duplicates, a.DuplicateOf)));
            Assert.Equal(fresh.Articles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Links, p.Value.Fingerprint)),
                next.Articles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Links, p.Value.Fingerprint)));
            if (recomputed < current.Length) partial++;
            state = next;
        }
        // Most rounds recomputed only part of the corpus: the incremental path was exercised, not bypassed.
        Assert.True(partial > 15, $"{partial} of 25 rounds were incremental");
    }
}
