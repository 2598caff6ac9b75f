using TextPipeline.Ingestion;

namespace TextPipeline.Cli.Commands;

/// <summary>One article (or one JSON/JSONL/CSV file's records) read from standard input, for <c>run -</c> and <c>analyze -</c>.</summary>
internal static class StandardInput
{
    /// <param name="format">text, html, markdown/md, json, jsonl, csv; null guesses from the first character.</param>
    /// <param name="maxBytes">Reading stops one byte past this, so ingestion reports the input as too large (TP1007).</param>
    public static ArticleSource Read(string? format, string id, long maxBytes)
    {
        using var stdin = Console.OpenStandardInput();
        return FromBytes(ReadBounded(stdin, maxBytes), format, id);
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes: enough to know the input is too large, never more.</summary>
    public static byte[] ReadBounded(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        var limit = Math.Min(maxBytes + 1, Array.MaxLength);
        int n;
        while (buffer.Length < limit && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    public static ArticleSource FromBytes(byte[] bytes, string? format, string id) =>
        ArticleSource.FromBytes(bytes, FormatOf(format) ?? ArticleSource.Sniff(bytes), id);

    public static SourceFormat? FormatOf(string? format) => format switch
    {
        null => null,
        "text" => SourceFormat.Text,
        "html" => SourceFormat.Html,
        "markdown" or "md" => SourceFormat.Markdown,
        "json" => SourceFormat.Json,
        "jsonl" => SourceFormat.JsonLines,
        "csv" => SourceFormat.Csv,
        _ => throw new ArgumentException($"Unknown format '{format}'.", nameof(format)),
    };
}
