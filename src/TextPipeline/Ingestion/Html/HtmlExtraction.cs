using System.Collections.Immutable;
using TextPipeline.Text;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// The main content of an HTML page as plain text: paragraphs and headings separated by blank lines ("\n\n"),
/// the page title not included. <see cref="Segments"/> map text positions to character offsets in the HTML source.
/// <see cref="Published"/> is the raw date string found (validated by ingestion).
/// </summary>
internal sealed record HtmlExtraction(
    string Text,
    ImmutableArray<SourceMap.Segment> Segments,
    ImmutableArray<TextSpan> Headings,
    ImmutableArray<TextSpan> Paragraphs,
    string? Title,
    string? Author,
    string? Published,
    string? Url,
    bool FoundMainContent,
    int RemovedBlocks)
{
    /// <summary>Limits the page reached (markup nested deeper than <see cref="ElementStats.MaxDepth"/> levels): reported as TP1026.</summary>
    public ImmutableArray<string> Limits { get; init; } = [];
}
