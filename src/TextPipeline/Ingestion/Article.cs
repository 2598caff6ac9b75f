using TextPipeline.Diagnostics;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// An ingested article: its id and input path, the SHA-256 of its input bytes, the analysed body text (site chrome
/// already left out), its structure as spans into that text, metadata, and what ingestion reported.
/// </summary>
public sealed record Article(
    string Id,
    string Path,
    string Sha256,
    SourceFormat Format,
    ArticleText Text,
    ArticleMetadata Metadata,
    EquatableArray<TextSpan> Headings,
    EquatableArray<TextSpan> Paragraphs,
    EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>Maps text positions back to the input file for diagnostics; not part of value equality.</summary>
    public SourceMap? SourceMap { get; init; }

    public string? Title => Metadata.Title;

    /// <summary>
    /// True when the English-only analysis stages (tokenize, entities, keyphrases, topics, tags, summaries, related
    /// links) may look at this article: it is in English (or too short to tell). Other articles keep their text and
    /// metadata, carry TP1024, and stay out of corpus statistics.
    /// </summary>
    public bool IsAnalysable => Metadata.Language == "en";

    public bool Equals(Article? other) =>
        other is not null && Id == other.Id && Path == other.Path && Sha256 == other.Sha256 && Format == other.Format
        && Text.Equals(other.Text) && Metadata == other.Metadata && Headings == other.Headings
        && Paragraphs == other.Paragraphs && Diagnostics == other.Diagnostics;

    public override int GetHashCode() => HashCode.Combine(Id, Sha256, Text.Length);
}
