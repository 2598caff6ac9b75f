using TextPipeline.Text;

namespace TextPipeline.Summarization;

/// <summary>An extractive summary: the text shown and the spans of the article sentences it is made of, in order.</summary>
/// <param name="Text">The summary as shown: the chosen sentences joined by spaces.</param>
/// <param name="Sentences">The chosen sentences as spans of the article text, in article order.</param>
public sealed record Summary(string Text, EquatableArray<TextSpan> Sentences)
{
    /// <summary>No summary (an article without sentences, or before the summary stage).</summary>
    public static Summary Empty { get; } = new(string.Empty, EquatableArray<TextSpan>.Empty);
}
