using TextPipeline.Tokenization;

namespace TextPipeline.Topics;

/// <summary>
/// The tokenizer/tagger that gives topic training its lemmas and POS outside a pipeline run (train/eval commands,
/// notebook). Until the tokenization stage's <c>TextAnalyzer</c> is merged it returns null and terms come from
/// surface words (<see cref="TermMode.Surface"/>).
/// </summary>
public static class TopicAnalyzer
{
    public static Document? Analyze(string text) => text is null ? null : null;
}
