using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tokenization.Tagging;

/// <summary>Tags the tokens of one sentence with UPOS and a lower-case lemma.</summary>
internal interface ITokenTagger
{
    void Tag(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> sentence, Span<UPos> pos, Span<string> lemmas);
}
