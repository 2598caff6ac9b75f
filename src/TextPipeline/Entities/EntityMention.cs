using TextPipeline.Entities.Gazetteers;
using TextPipeline.Text;

namespace TextPipeline.Entities;

/// <summary>
/// A recognised name in the text before canonicalization: span, type, surface words and, for a name from the site's
/// own list (<c>--gazetteer</c>), its entry (the site's canonical name and id win over everything else).
/// </summary>
internal sealed record EntityMention(TextSpan Span, string Type, string Surface, IReadOnlyList<string> Words, GazetteerEntry? Entry)
{
    /// <summary>How sure the recognizer is of this span and type, 0..1 (the mean probability of its tokens' labels).</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>Index of the first token in the document (-1 when built without a document, as in unit tests).</summary>
    public int FirstToken { get; init; } = -1;

    /// <summary>Index after the last token in the document.</summary>
    public int EndToken { get; init; } = -1;
}
