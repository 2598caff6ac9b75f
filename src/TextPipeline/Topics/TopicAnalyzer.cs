using TextPipeline.Tokenization;

namespace TextPipeline.Topics;

/// <summary>
/// The tokenizer/tagger that gives topic training its lemmas and POS outside a pipeline run (train/eval commands,
/// notebook): the tokenization stage's shared analyzer.
/// </summary>
public static class TopicAnalyzer
{
    public static Document? Analyze(string text) => TextAnalyzer.Default.Analyze(text);

    /// <summary>Loads the tagger model now (it loads lazily on first use), so its cost can be timed apart.</summary>
    public static bool Load() => TextAnalyzer.Default.HasTagger;
}
