using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

public sealed class TopicSampleTests
{
    private static TopicCorpus Corpus(IEnumerable<string> ids) =>
        new([.. ids.Select(id => new TopicDocument(id, id, []))], [.. ids.Select(id => id.Split('/')[0])], TermMode.Lemma, 0);

    [Fact]
    public void A_large_corpus_trains_on_a_sample_that_is_stable_in_id_order_and_moves_little_when_articles_are_added()
    {
        var ids = Enumerable.Range(0, 5000).Select(i => $"f{i % 5}/{i:00000}").Order(StringComparer.Ordinal).ToList();
        var sample = Corpus(ids).Sample(1000);
        Assert.Equal(1000, sample.Documents.Length);
        Assert.Equal(sample.Documents.Select(d => d.Id).Order(StringComparer.Ordinal), sample.Documents.Select(d => d.Id));
        Assert.Equal(sample.Documents.Select(d => d.Id.Split('/')[0]), sample.Labels);
        Assert.Equal(sample.Documents.Select(d => d.Id), Corpus(ids).Sample(1000).Documents.Select(d => d.Id));
        // Every folder is represented about evenly (a hash, not a prefix of the id order).
        Assert.All(sample.Labels.GroupBy(l => l), g => Assert.InRange(g.Count(), 150, 250));

        var grown = Corpus(ids.Concat(Enumerable.Range(0, 500).Select(i => $"new/{i:000}")).Order(StringComparer.Ordinal)).Sample(1000);
        var kept = sample.Documents.Select(d => d.Id).Intersect(grown.Documents.Select(d => d.Id)).Count();
        Assert.InRange(kept, 850, 1000);

        var small = Corpus(ids.Take(10));
        Assert.Same(small, small.Sample(1000));
    }
}
