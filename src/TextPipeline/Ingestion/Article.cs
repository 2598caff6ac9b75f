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

    public bool Equals(Article? other) =>
        other is not null && Id == other.Id && Path == other.Path && Sha256 == other.Sha256 && Format == other.Format
        && Text.Equals(other.Text) && Metadata == other.Metadata && Headings == other.Headings
        && Paragraphs == other.Paragraphs && Diagnostics == other.Diagnostics;

    public override int GetHashCode() => HashCode.Combine(Id, Sha256, Text.Length);
}
