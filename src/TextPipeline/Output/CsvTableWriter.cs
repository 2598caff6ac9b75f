using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace TextPipeline.Output;

/// <summary>
/// A CSV table with a fixed header: RFC 4180 quoting (also of cells holding ';', the separator of many locales),
/// invariant culture, LF line ends, UTF-8 without BOM, and cells a spreadsheet would run as a formula (starting with
/// = + - @ tab or CR) escaped with a leading apostrophe.
/// </summary>
internal sealed class CsvTableWriter : IDisposable
{
    private static readonly CsvConfiguration s_configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        InjectionOptions = InjectionOptions.Escape,
        // ';' too: a spreadsheet in a locale whose list separator is ';' splits unquoted cells there, and "a;=1+1" would run =1+1.
        ShouldQuote = args => args.Field is { } f && (f.Contains(',') || f.Contains(';') || f.Contains('"') || f.Contains('\n') || f.Contains('\r')
                                                     || (f.Length > 0 && (char.IsWhiteSpace(f[0]) || char.IsWhiteSpace(f[^1])))),
    };

    private readonly StreamWriter _writer;
    private readonly CsvWriter _csv;
    private readonly int _columns;

    public CsvTableWriter(Stream stream, params string[] header)
    {
        ArgumentNullException.ThrowIfNull(header);
        _writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        _csv = new CsvWriter(_writer, s_configuration);
        _columns = header.Length;
        foreach (var h in header) _csv.WriteField(h);
        _csv.NextRecord();
    }

    public void WriteRow(params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns) throw new ArgumentException($"Expected {_columns} cells, got {cells.Length}.", nameof(cells));
        foreach (var cell in cells) _csv.WriteField(cell ?? string.Empty);
        _csv.NextRecord();
    }

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
        _writer.Dispose();
    }
}
