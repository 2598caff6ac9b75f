using TextPipeline.Text;

namespace TextPipeline.Summarization;

/// <summary>An extractive summary: the text shown and the spans of the article sentences it is made of, in order.</summary>
public sealed record Summary(string Text, EquatableArray<TextSpan> Sentences)
{
    public static Summary Empty { get; } = new(string.Empty, EquatableArray<TextSpan>.Empty);
}
