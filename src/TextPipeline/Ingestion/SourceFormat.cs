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

    /// <summary>An RSS 2.0/1.0 or Atom feed (<c>.xml</c>, <c>.rss</c>, <c>.atom</c>): one article per item.</summary>
    Feed,
}
