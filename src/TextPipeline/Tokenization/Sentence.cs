using TextPipeline.Text;

namespace TextPipeline.Tokenization;

/// <summary>A sentence: its span in the text and its tokens as a range of <see cref="Document.Tokens"/>.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index of the first token after the sentence.</summary>
    public int EndToken => FirstToken + TokenCount;
}
