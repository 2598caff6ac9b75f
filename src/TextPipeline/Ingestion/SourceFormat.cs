namespace TextPipeline.Ingestion;

/// <summary>Input formats, chosen by file extension (after an optional <c>.gz</c>).</summary>
public enum SourceFormat
{
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
    Csv,
}
