using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// Reads the records of a <c>.csv</c> file (header row, delimiter detected). A quote that is never closed would make
/// CsvHelper read every later row into one field; such a record is reported at the line where it starts, and reading
/// starts again on the next line, so the rows after it are kept as rows.
/// </summary>
internal static class CsvRecordReader
{
    /// <summary>One record: its fields, 1-based row, zero-based first line, and raw text (for the input hash).</summary>
    public sealed record Row(RecordFields Fields, int Number, int Line, string Raw);

    /// <summary>A problem with a row or the file: message, zero-based line (or null for the file), and row number (0 for the file).</summary>
    public sealed record Problem(string Message, int? Line, int Row);

    public static void Read(string text, Action<Row> onRow, Action<Problem> onProblem)
    {
        var lineStarts = ArticleText.From(text).LineStarts;
        string[]? names = null;
        var startLine = 0;
        var row = 0;
        while (startLine < lineStarts.Length)
        {
            var restartAt = ReadFrom(text, lineStarts, startLine, ref names, ref row, onRow, onProblem);
            if (restartAt is not { } next || names is null) return;
            startLine = next;
        }
    }

    /// <summary>Parses from <paramref name="startLine"/>; returns the line to start again from after an unclosed quote, or null at the end.</summary>
    private static int? ReadFrom(string text, System.Collections.Immutable.ImmutableArray<int> lineStarts, int startLine, ref string[]? names,
        ref int row, Action<Row> onRow, Action<Problem> onProblem)
    {
        var offset = lineStarts[startLine];
        var badData = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = names is null,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            BadDataFound = _ => badData = true,
            MissingFieldFound = null,
            HeaderValidated = null,
        };
        try
        {
            using var reader = new StringReader(text[offset..]);
            using var csv = new CsvReader(reader, config);
            if (names is null)
            {
                if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
                {
                    onProblem(new Problem("no header row", null, 0));
                    return null;
                }
                names = [.. header.Select(h => h.Trim().ToLowerInvariant())];
                if (!RecordFields.BodyNames.Any(names.Contains))
                {
                    onProblem(new Problem("the header has no body, text or content column", 0, 0));
                    names = null;
                    return null;
                }
            }
            while (true)
            {
                var before = csv.Parser.CharCount;
                badData = false;
                if (!csv.Read()) return null;
                var start = offset + (int)before;
                while (start < text.Length && text[start] is '\r' or '\n') start++;
                var line = LineOf(lineStarts, start);
                row++;
                var raw = csv.Parser.RawRecord ?? "";
                var quotes = raw.AsSpan().Count('"');
                var spansLines = raw.AsSpan().TrimEnd("\r\n").ContainsAny('\r', '\n');
                if (quotes % 2 == 1 || (badData && spansLines))
                {
                    onProblem(new Problem("a quote opened on this line is never closed; the row is skipped and reading goes on at the next line", line, row));
                    return line + 1;
                }
                if (badData)
                {
                    onProblem(new Problem("bad quoting near: " + Shorten(raw), line, row));
                    continue;
                }
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var c = 0; c < names.Length; c++)
                {
                    if (csv.TryGetField<string>(c, out var v) && v is not null) values.TryAdd(names[c], v);
                }
                onRow(new Row(RecordFields.From(n => values.TryGetValue(n, out var v) ? v : null), row, line, raw));
            }
        }
        catch (Exception e) when (e is CsvHelperException or InvalidOperationException)
        {
            onProblem(new Problem(e.Message.Split('\n')[0], null, 0));
            return null;
        }
    }

    private static int LineOf(System.Collections.Immutable.ImmutableArray<int> lineStarts, int position)
    {
        var index = System.Collections.Immutable.ImmutableArray.BinarySearch(lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s.Trim() : s[..40].Trim() + "…";
}
