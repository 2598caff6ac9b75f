namespace TextPipeline.Tokenization.Rules;

/// <summary>A token as the rule tokenizer sees it: offsets into the text, its kind and the rule that made it.</summary>
internal readonly record struct RawToken(int Start, int Length, TokenKind Kind, TokenRule Rule)
{
    public int End => Start + Length;
}
