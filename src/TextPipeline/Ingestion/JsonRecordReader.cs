using System.Text;
using System.Text.Json;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// Finds the article records of a <c>.json</c> file and where each starts: a top-level array of records, a JSON Feed
/// (<c>items</c>), a JSON-LD <c>@graph</c>, or one record. Records are read one at a time, so a syntax error late in
/// a file keeps every record before it; the error is reported where the reader stopped.
/// </summary>
internal static class JsonRecordReader
{
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    };

    private static readonly JsonDocumentOptions s_documentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    };

    /// <summary>One record found: its element (valid while its document is), 1-based row and position in the file.</summary>
    public sealed record Item(JsonElement Element, int Row, LinePosition Position);

    /// <summary>
    /// Calls <paramref name="onItem"/> for each record in file order. Returns the syntax error that stopped reading
    /// (message and position), or null. Non-object items are passed too; the caller reports them.
    /// </summary>
    public static (string Message, LinePosition Position)? Read(string text, Action<Item> onItem)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var positions = new BytePositions(text, bytes);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        try
        {
            if (!reader.Read()) return ("the file holds no JSON value", new LinePosition(0, 0));
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                var row = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = reader.TokenStartIndex;
                    using var item = JsonDocument.ParseValue(ref reader);
                    onItem(new Item(item.RootElement, ++row, positions.At(start)));
                }
            }
            else
            {
                var rootStart = reader.TokenStartIndex;
                using var root = JsonDocument.ParseValue(ref reader);
                var list = RecordList(root.RootElement);
                if (list is { } name)
                {
                    var starts = ItemStarts(bytes, name);
                    var row = 0;
                    foreach (var element in root.RootElement.GetProperty(name).EnumerateArray())
                    {
                        var at = row < starts.Count ? positions.At(starts[row]) : positions.At(rootStart);
                        row++;
                        onItem(new Item(element, row, at));
                    }
                }
                else
                {
                    onItem(new Item(root.RootElement, 0, positions.At(rootStart)));
                }
            }
            if (reader.Read()) return ("more than one JSON value in the file", positions.At(reader.TokenStartIndex));
            return null;
        }
        catch (JsonException e)
        {
            return (e.Message, new LinePosition((int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0)));
        }
    }

    /// <summary>The property of a root object that lists its articles: JSON Feed <c>items</c> or JSON-LD <c>@graph</c>.</summary>
    private static string? RecordList(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        foreach (var name in new[] { "items", "@graph" })
        {
            if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array) return name;
        }
        return null;
    }

    /// <summary>Byte offsets of the items of the array under the root object's property <paramref name="name"/>.</summary>
    private static List<long> ItemStarts(byte[] bytes, string name)
    {
        var starts = new List<long>();
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.CurrentDepth >= 1)
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
            var matches = reader.ValueTextEquals(name);
            reader.Read();
            if (!matches || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                starts.Add(reader.TokenStartIndex);
                reader.Skip();
            }
            break;
        }
        return starts;
    }

    /// <summary>Parses one JSON Lines line (already repaired); null with the error when it is not valid JSON.</summary>
    public static JsonDocument? ParseLine(string line, out JsonException? error)
    {
        error = null;
        try
        {
            return JsonDocument.Parse(line, s_documentOptions);
        }
        catch (JsonException e)
        {
            error = e;
            return null;
        }
    }

    /// <summary>Converts increasing UTF-8 byte offsets of a text to line positions without rescanning from the start.</summary>
    private sealed class BytePositions(string text, byte[] bytes)
    {
        private readonly ArticleText _text = ArticleText.From(text);
        private long _byte;
        private int _char;

        public LinePosition At(long byteOffset)
        {
            if (byteOffset < _byte) (_byte, _char) = (0, 0);
            _char += Encoding.UTF8.GetCharCount(bytes.AsSpan((int)_byte, (int)(byteOffset - _byte)));
            _byte = byteOffset;
            return _text.GetLinePosition(Math.Min(_char, text.Length));
        }
    }
}
