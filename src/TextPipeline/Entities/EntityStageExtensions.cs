using TextPipeline.Entities;

// In the builder's namespace, like the other UseXxx() stage registrations.
namespace TextPipeline.Pipeline;

/// <summary>Registers the entity stage.</summary>
public static class EntityStageExtensions
{
    public static AnalysisPipelineBuilder UseEntities(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new EntityStage());
    }
}
