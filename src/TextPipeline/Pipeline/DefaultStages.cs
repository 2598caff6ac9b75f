using TextPipeline.Keyphrases;
using TextPipeline.Subjects;
using TextPipeline.Summarization;
using TextPipeline.Tagging;
using TextPipeline.Tokenization;
using TextPipeline.Topics;

namespace TextPipeline.Pipeline;

public static class DefaultStages
{
    /// <summary>
    /// The analysis stages in data-flow order (ingestion runs before them, emitting after):
    /// tokenize → entities → keyphrases → topics → subjects → tags → summaries → related links.
    /// </summary>
    public static AnalysisPipelineBuilder UseDefaultStages(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseTokenization()
            .UseEntities()
            .UseKeyphrases()
            .UseTopics()
            .UseSubjects()
            .UseTags()
            .UseSummaries()
            .UseRelatedLinks();
    }
}
