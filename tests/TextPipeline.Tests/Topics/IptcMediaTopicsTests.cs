using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

public sealed class IptcMediaTopicsTests
{
    private const string Vocabulary = """
        {"conceptSet": [
          {"uri": "u/sport", "prefLabel": {"en-US": "football"}, "definition": {"en-US": "Matches with a referee, a keeper and a goal"}},
          {"uri": "u/economy", "prefLabel": {"en-US": "inflation"}, "definition": {"en-US": "Rising prices, bank interest and currency"}},
          {"uri": "u/old", "retired": "2020-01-01", "prefLabel": {"en-US": "football pools"}, "definition": {"en-US": "football goal referee"}}
        ]}
        """;

    [Fact]
    public void Nearest_media_topic_is_the_concept_sharing_the_topic_terms_and_retired_ones_are_skipped()
    {
        using var dir = new TestSupport.TempDir();
        var iptc = IptcMediaTopics.Load(dir.File("cpt.json", Vocabulary));

        var sport = iptc.Nearest([new("football", "football", 0.5), new("goal", "goal", 0.3), new("referee", "referee", 0.2)]);
        var economy = iptc.Nearest([new("bank", "bank", 0.6), new("currency", "currency", 0.4)]);
        var nothing = iptc.Nearest([new("guitar", "guitar", 1.0)]);

        Assert.Equal(2, iptc.Count);
        Assert.Equal("u/sport", sport?.Uri);
        Assert.Equal("football", sport?.Label);
        Assert.Equal("u/economy", economy?.Uri);
        Assert.Null(nothing);
    }
}
