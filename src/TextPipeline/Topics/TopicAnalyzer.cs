using TextPipeline.Tokenization;

namespace TextPipeline.Topics;

/// <summary>
/// The tokenizer/tagger that gives topic training its lemmas and POS outside a pipeline run (train/eval commands,
/// notebook): the tokenization stage's shared analyzer.
/// </summary>
public static class TopicAnalyzer
{
    public static Document? Analyze(string text) => TextAnalyzer.Default.Analyze(text);
}
