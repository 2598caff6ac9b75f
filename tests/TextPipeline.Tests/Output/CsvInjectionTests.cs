using TextPipeline.Output;

namespace TextPipeline.Tests.Output;

public sealed class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Formula_like_cells_are_escaped(string cell)
    {
        using var stream = new MemoryStream();
        using (var csv = new CsvTableWriter(stream, "a", "b"))
        {
            csv.WriteRow(cell, "plain");
        }
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        var first = lines[1].TrimStart('"');
        Assert.StartsWith("'", first, StringComparison.Ordinal);
        Assert.EndsWith(",plain", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_commas_and_newlines_follow_rfc_4180()
    {
        using var stream = new MemoryStream();
        using (var csv = new CsvTableWriter(stream, "a"))
        {
            csv.WriteRow("He said \"hi\", then\nleft");
        }
        Assert.Equal("a\n\"He said \"\"hi\"\", then\nleft\"\n", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}

public sealed class CsvSemicolonTests
{
    [Fact]
    public void Cells_holding_a_semicolon_are_quoted_so_semicolon_locales_keep_them_whole()
    {
        using var stream = new MemoryStream();
        using (var csv = new CsvTableWriter(stream, "a", "b"))
        {
            csv.WriteRow("a;=1+1", "plain");
        }
        Assert.Equal("a,b\n\"a;=1+1\",plain\n", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Corpus_wide_diagnostics_leave_line_and_column_empty()
    {
        using var stream = new MemoryStream();
        CsvOutputs.WriteDiagnostics(stream,
        [
            TextPipeline.Diagnostics.Diagnostic.Create(TextPipeline.Ingestion.IngestionDiagnostics.Empty, "a.txt", new TextPipeline.Text.LinePosition(2, 4), "a", ""),
            TextPipeline.Diagnostics.Diagnostic.Create(TextPipeline.Topics.TopicDiagnostics.TooFewArticles, null, null, null, 50, 3),
        ]);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.StartsWith("a.txt,3,5,TP1003,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(",,,TP5001,", lines[2], StringComparison.Ordinal);
    }
}
