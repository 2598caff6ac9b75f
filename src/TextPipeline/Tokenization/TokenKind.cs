namespace TextPipeline.Tokenization;

/// <summary>What a token is, decided by the tokenizer's rules (not by the tagger).</summary>
public enum TokenKind : byte
{
    Word = 0,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
    Emoji,
    Handle,
    Hashtag,
}
