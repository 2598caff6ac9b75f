using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tokenization.Sentences;

/// <summary>Decides whether a sentence ends after a token (the rules or a trained model).</summary>
internal interface ISentenceBoundaryModel
{
    /// <summary>True when a sentence ends after <c>tokens[i]</c>; <c>i</c> is never the last token of its block.</summary>
    bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int i);
}
