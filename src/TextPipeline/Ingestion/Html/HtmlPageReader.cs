using System.IO.Compression;
using System.Text;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// Reads a saved HTML page (optionally gzip-compressed) into a string: a byte-order mark wins, then a
/// <c>charset</c> declared in the first bytes (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c>), then UTF-8.
/// </summary>
internal static class HtmlPageReader
{
    private const int CharsetScanBytes = 4096;

    static HtmlPageReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(string path)
    {
        using var file = File.OpenRead(path);
        using var buffer = new MemoryStream();
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            gzip.CopyTo(buffer);
        }
        else
        {
            file.CopyTo(buffer);
        }
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        var encoding = DeclaredEncoding(bytes[..Math.Min(bytes.Length, CharsetScanBytes)]) ?? Encoding.UTF8;
        return encoding.GetString(bytes);
    }

    /// <summary>The encoding named after the first <c>charset=</c> in the head, when .NET knows it (UTF-16 declarations are ignored, as browsers do).</summary>
    internal static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var at = text.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var i = at + "charset".Length;
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && text[i] is ' ' or '\t' or '"' or '\'') i++;
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_' or ':' or '.')) i++;
                var name = text[start..i];
                if (name.Length > 0)
                {
                    try
                    {
                        var encoding = Encoding.GetEncoding(name);
                        return encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;
                    }
                    catch (ArgumentException)
                    {
                        return null;
                    }
                }
            }
            at = text.IndexOf("charset", at + 1, StringComparison.OrdinalIgnoreCase);
        }
        return null;
    }
}
