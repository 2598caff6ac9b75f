using TextPipeline.Ingestion;
using TextPipeline.Models;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary>The tokenize and entities stages of the default pipeline on raw text, for <c>annotate --from text</c>.</summary>
internal static class TextAnnotation
{
    public static ArticleAnalysis Analyze(string text, ModelStore models, CancellationToken cancellationToken)
    {
        var pipeline = AnalysisPipeline.Default.Only("tokenize", "entities").Prepare(new PipelineOptions(), models);
        return pipeline.AnalyzeArticle(Article.FromRawText("text", text), cancellationToken);
    }
}
