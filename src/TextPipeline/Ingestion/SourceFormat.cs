namespace TextPipeline.Ingestion;

/// <summary>Input formats, chosen by file extension (after an optional <c>.gz</c>).</summary>
public enum SourceFormat
{
    /// <summary>Plain text (<c>.txt</c>): line 1 is the title when it looks like one.</summary>
    Text,

    /// <summary>Markdown (<c>.md</c>) with optional front matter.</summary>
    Markdown,

    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>): main content and metadata are extracted.</summary>
    Html,

    /// <summary>A JSON record or an array of records (<c>.json</c>).</summary>
    Json,

    /// <summary>One JSON record per line (<c>.jsonl</c>).</summary>
    JsonLines,

    /// <summary>A CSV file with a header row, one article per row (<c>.csv</c>).</summary>
    Csv,

    /// <summary>An RSS 2.0/1.0 or Atom feed (<c>.xml</c>, <c>.rss</c>, <c>.atom</c>): one article per item.</summary>
    Feed,
}
