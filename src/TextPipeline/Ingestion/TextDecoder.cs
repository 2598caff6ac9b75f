using System.Text;
using System.Text.Unicode;

namespace TextPipeline.Ingestion;

/// <summary>
/// Decodes input bytes once: a byte-order mark wins (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); otherwise valid UTF-8 is
/// UTF-8; otherwise Windows-1252 (a superset of Latin-1 for printable text), reported by the caller as TP1005.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding s_windows1252 = CreateWindows1252();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8OrFallback(bytes[3..], "utf-8-bom", 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DecodedText(new UTF32Encoding(false, false).GetString(bytes[4..]), "utf-32le", -1);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new DecodedText(new UTF32Encoding(true, false).GetString(bytes[4..]), "utf-32be", -1);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", -1);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", -1);
        }
        return Utf8OrFallback(bytes, "utf-8", 0);
    }

    private static DecodedText Utf8OrFallback(ReadOnlySpan<byte> bytes, string name, int offset)
    {
        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), name, -1);
        }
        var firstBad = FirstInvalidUtf8(bytes);
        return new DecodedText(s_windows1252.GetString(bytes), "windows-1252", firstBad + offset);
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[1024];
        var consumedTotal = 0L;
        while (!bytes.IsEmpty)
        {
            var status = Utf8.ToUtf16(bytes, scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData)
            {
                return consumedTotal + read;
            }
            consumedTotal += read;
            bytes = bytes[read..];
            if (status == System.Buffers.OperationStatus.Done) break;
        }
        return consumedTotal;
    }

    /// <summary>True when the bytes are not text: NUL bytes, or many C0 control characters, in the first 8 KiB.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes, out string reason)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            reason = "";
            return false;
        }
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                reason = "NUL bytes";
                return true;
            }
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        }
        if (head.Length > 0 && control * 10 > head.Length)
        {
            reason = $"{control} control bytes in the first {head.Length}";
            return true;
        }
        reason = "";
        return false;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
