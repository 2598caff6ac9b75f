using TextPipeline.Tokenization.Sentences;
using TextPipeline.Tokenization.Tagging;

namespace TextPipeline.Tokenization;

/// <summary>What a <see cref="TextAnalyzer"/> runs besides the rule tokenizer: a sentence boundary model and an optional tagger.</summary>
internal sealed class TokenizationModel
{
    public TokenizationModel(ISentenceBoundaryModel sentences, ITokenTagger? tagger)
    {
        Sentences = sentences;
        Tagger = tagger;
    }

    public static TokenizationModel RulesOnly { get; } = new(RuleSentenceBoundaries.Instance, null);

    public ISentenceBoundaryModel Sentences { get; }

    public ITokenTagger? Tagger { get; }
}
