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
