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
}
