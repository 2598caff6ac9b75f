using System.IO.Compression;
using System.Text;
using TextPipeline.Ingestion.Html;
using Xunit;

namespace TextPipeline.Tests.Ingestion.Html;

public sealed class HtmlPageReaderTests
{
    [Fact]
    public void Honours_a_declared_windows_1252_charset()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>caf\u00e9 \u00e0 la carte</p></body></html>");
        bytes[bytes.Length - 26] = 0x93; // a curly quote byte that only Windows-1252 maps to U+201C

        var text = HtmlPageReader.Decode(bytes);

        Assert.Contains("café", text, StringComparison.Ordinal);
        Assert.Contains('\u201C', text);
    }

    [Fact]
    public void Defaults_to_utf8_and_reads_gzip_files()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tp-html-{Guid.NewGuid():N}.html.gz");
        try
        {
            using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            {
                gzip.Write(Encoding.UTF8.GetBytes("<p>naïve — “quoted”</p>"));
            }

            Assert.Equal("<p>naïve — “quoted”</p>", HtmlPageReader.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Ignores_unknown_charsets()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=no-such-thing\"><p>żółw</p>");

        Assert.Contains("żółw", HtmlPageReader.Decode(bytes), StringComparison.Ordinal);
    }
}
