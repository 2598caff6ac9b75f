using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tokenization.Sentences;

/// <summary>Never splits: a heading is one sentence whatever punctuation it holds.</summary>
internal sealed class NoBoundaries : ISentenceBoundaryModel
{
    public static NoBoundaries Instance { get; } = new();

    public bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int i) => false;
}
