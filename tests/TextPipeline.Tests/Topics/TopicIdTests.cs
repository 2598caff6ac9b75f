using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

public sealed class TopicIdTests
{
    [Fact]
    public void Hungarian_matching_maximises_total_similarity()
    {
        // Greedy would take (0,0)=0.9 and then (1,1)=0.1; the optimum is 0.8 + 0.85.
        Assert.Equal([1, 0], HungarianMatcher.Maximise(new double[,] { { 0.9, 0.8 }, { 0.85, 0.1 } }));
        // More rows than columns: one row stays unmatched.
        var match = HungarianMatcher.Maximise(new double[,] { { 0.1, 0.2 }, { 0.9, 0.0 }, { 0.0, 0.7 } });
        Assert.Equal([-1, 0, 1], match);
    }

    [Fact]
    public void Retrained_model_keeps_ids_of_matching_topics_and_never_reuses_old_ids()
    {
        var first = TopicTrainer.Train(SyntheticTopics.Documents(["economy", "music", "sport"], 20), SyntheticTopics.Options(3), TermMode.Surface);
        // Pretend the first model already went through retraining: ids 10..12, id 13 was handed out and dropped.
        var renumbered = first.Metadata with
        {
            TopicList = [.. first.Metadata.TopicList.Select(t => t with { Id = t.Id + 10 })],
            NextId = 14,
        };

        var grown = SyntheticTopics.Documents(["economy", "music", "space", "sport"], 20);
        var second = TopicTrainer.Train(grown, SyntheticTopics.Options(4, seed: 7), TermMode.Surface, renumbered);

        var ids = second.Metadata.TopicList.Select(t => t.Id).Order().ToList();
        Assert.Equal([10, 11, 12, 14], ids);
        Assert.Equal(15, second.Metadata.NextId);
        foreach (var old in renumbered.TopicList)
        {
            var kept = second.Metadata.TopicList.Single(t => t.Id == old.Id);
            Assert.Contains(old.Terms[0].Key, kept.Terms.Take(5).Select(t => t.Key));
        }
        var added = second.Metadata.TopicList.Single(t => t.Id == 14);
        Assert.Contains(added.Terms[0].Key, SyntheticTopics.Themes["space"]);
    }
}
