using TextPipeline.Pipeline;

namespace TextPipeline.Topics;

public static class TopicPipelineExtensions
{
    /// <summary>Adds the topics stage (after keyphrases, before tags).</summary>
    public static AnalysisPipelineBuilder UseTopics(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new TopicStage());
    }
}
