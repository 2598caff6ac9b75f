using TextPipeline.Pipeline;

namespace TextPipeline.Tokenization;

public static class TokenizationPipelineExtensions
{
    /// <summary>Adds the tokenization stage (tokens, sentences, UPOS, lemmas): the first analysis stage.</summary>
    public static AnalysisPipelineBuilder UseTokenization(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new TokenizationStage());
    }
}
