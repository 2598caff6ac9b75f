using TextPipeline.Linking;

namespace TextPipeline.Pipeline;

/// <summary>The related-links stage's builder method (in the pipeline's namespace, Markdig-style, so <c>UseDefaultStages</c> needs no using).</summary>
public static class RelatedLinksPipelineExtensions
{
    /// <summary>Adds the related-links and near-duplicates stage (corpus-wide; runs last).</summary>
    public static AnalysisPipelineBuilder UseRelatedLinks(this AnalysisPipelineBuilder builder, LinkingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new RelatedLinksStage(options));
    }
}
