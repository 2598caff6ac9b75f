using System.Collections.Immutable;
using TextPipeline.Text;

namespace TextPipeline.Ingestion.PlainText;

/// <summary>
/// The body of a plain-text article: text made of verbatim source pieces, where they came from, headings, paragraphs,
/// the detected title, and the chrome that was left out (line count, kinds, first source offset).
/// </summary>
internal sealed record StructuredText(
    string Text,
    ImmutableArray<SourceMap.Segment> Segments,
    ImmutableArray<TextSpan> Headings,
    ImmutableArray<TextSpan> Paragraphs,
    string? Title,
    string? Byline,
    int ChromeLines,
    ImmutableArray<string> ChromeKinds,
    int FirstChromeOffset);
