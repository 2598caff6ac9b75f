using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

public sealed class TopicTrainingOptionsTests
{
    [Fact]
    public void Broad_topics_keep_more_iterations_and_frequent_terms()
    {
        var options = new TopicTrainingOptions { Topics = 5 };
        Assert.Equal(300, options.Iterations);
        Assert.Equal(0.5, options.MaxDocumentShare);
    }

    [Fact]
    public void Many_topics_sample_less_and_drop_terms_in_a_quarter_of_the_articles()
    {
        var options = new TopicTrainingOptions { Topics = 5 } with { Topics = 20 };
        Assert.Equal(100, options.Iterations);
        Assert.Equal(0.25, options.MaxDocumentShare);
    }

    [Fact]
    public void Explicit_settings_win_whatever_the_topic_count()
    {
        var options = new TopicTrainingOptions { Iterations = 150, MaxDocumentShare = 0.4 } with { Topics = 20 };
        Assert.Equal(150, options.Iterations);
        Assert.Equal(0.4, options.MaxDocumentShare);
    }
}
