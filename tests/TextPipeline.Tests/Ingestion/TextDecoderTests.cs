using System.Text;
using TextPipeline.Ingestion;

namespace TextPipeline.Tests.Ingestion;

public sealed class TextDecoderTests
{
    [Fact]
    public void Valid_utf8_is_utf8_and_bom_is_removed()
    {
        var d = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("café – ok")]);
        Assert.Equal("café – ok", d.Text);
        Assert.Equal(-1, d.FirstInvalidUtf8Byte);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        var d = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Zürich")]);
        Assert.Equal("Zürich", d.Text);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_and_reports_the_offset()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("price: "), 0x80, (byte)'5', 0xE9];
        var d = TextDecoder.Decode(bytes);
        Assert.Equal("price: €5é", d.Text);
        Assert.Equal(7, d.FirstInvalidUtf8Byte);
        Assert.Equal("windows-1252", d.EncodingName);
    }

    [Fact]
    public void Binary_content_is_detected()
    {
        Assert.True(TextDecoder.LooksBinary([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], out _));
        Assert.False(TextDecoder.LooksBinary(Encoding.UTF8.GetBytes("Plain text\nwith lines.\n"), out _));
    }
}
