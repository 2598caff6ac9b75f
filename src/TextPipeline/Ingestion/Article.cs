using TextPipeline.Diagnostics;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// An ingested article: its id and input path, the SHA-256 of its input bytes, the analysed body text (site chrome
/// already left out), its structure as spans into that text, metadata, and what ingestion reported.
/// </summary>
/// <param name="Id">Unique id within a run: the path without extension, or the record's own id.</param>
/// <param name="Path">The input path, relative to the input folder, as in diagnostics.</param>
/// <param name="Sha256">SHA-256 of the input bytes, lower-case hex.</param>
/// <param name="Format">The input format.</param>
/// <param name="Text">The body text every span of the analysis points into.</param>
/// <param name="Metadata">Title, author, date, URL and language found in the input.</param>
/// <param name="Headings">Spans of the headings in <paramref name="Text"/>.</param>
/// <param name="Paragraphs">Spans of the paragraphs in <paramref name="Text"/>.</param>
/// <param name="Diagnostics">What ingestion reported about the article.</param>
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

    /// <summary>The title (<see cref="ArticleMetadata.Title"/>), or null when the input has none.</summary>
    public string? Title => Metadata.Title;

    /// <summary>
    /// Raw text taken exactly as it is (no title line, no chrome removal, no structure): for annotation and tools that
    /// need every character of the input analysed.
    /// </summary>
    public static Article FromRawText(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        return new Article(id, id, sha, SourceFormat.Text, ArticleText.From(text), new ArticleMetadata(null, null, null, null), [], [], []);
    }

    /// <summary>
    /// True when the English-only analysis stages (tokenize, entities, keyphrases, topics, tags, summaries, related
    /// links) may look at this article: it is in English (or too short to tell). Other articles keep their text and
    /// metadata, carry TP1024, and stay out of corpus statistics.
    /// </summary>
    public bool IsAnalysable => Metadata.Language == "en";

    /// <summary>Value equality over every field but <see cref="SourceMap"/>.</summary>
    public bool Equals(Article? other) =>
        other is not null && Id == other.Id && Path == other.Path && Sha256 == other.Sha256 && Format == other.Format
        && Text.Equals(other.Text) && Metadata == other.Metadata && Headings == other.Headings
        && Paragraphs == other.Paragraphs && Diagnostics == other.Diagnostics;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Sha256, Text.Length);
}
