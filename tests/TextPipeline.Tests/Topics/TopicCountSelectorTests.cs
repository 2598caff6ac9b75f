using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

public sealed class TopicCountSelectorTests
{
    [Fact]
    public void A_larger_K_must_be_clearly_more_coherent_to_win()
    {
        TopicCountScore[] curve = [new(5, 0.2482, 0.92), new(10, 0.2483, 0.88), new(20, 0.2069, 0.76)];
        Assert.Equal(5, TopicCountSelector.Choose(curve));
    }

    [Fact]
    public void A_clearly_more_coherent_K_wins()
    {
        TopicCountScore[] curve = [new(5, 0.20, 0.92), new(10, 0.25, 0.88), new(15, 0.21, 0.80)];
        Assert.Equal(10, TopicCountSelector.Choose(curve));
    }

    [Fact]
    public void A_candidate_is_scored_on_the_top_terms_the_full_training_gives()
    {
        // The search reads only the sampler's topics; they must be the ones a trained model lists.
        var documents = SyntheticTopics.Documents(["economy", "music", "sport"], 15);
        var options = SyntheticTopics.Options(3, seed: 2);
        var model = TopicTrainer.Train(documents, options, TermMode.Surface);
        var keys = TopicTrainer.TopicTermKeys(documents, options, 25);
        Assert.Equal(model.Metadata.TopicList.OrderBy(t => t.Slot).Select(t => t.Terms.Take(25).Select(w => w.Key)), keys);
    }

    [Fact]
    public void The_search_sample_is_evenly_spaced_in_id_order()
    {
        var ids = Enumerable.Range(0, 10).ToList();
        Assert.Equal([0, 2, 5, 7], TopicCountSelector.EvenlySpaced(ids, 4));
        Assert.Same(ids, TopicCountSelector.EvenlySpaced(ids, 10));
    }
}
