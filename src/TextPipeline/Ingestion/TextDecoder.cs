using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TextPipeline.Ingestion;

/// <summary>
/// Decodes input bytes once. A byte-order mark wins (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); then UTF-16 without a mark,
/// recognised by its zero high bytes; then UTF-8: valid UTF-8 is UTF-8, and UTF-8 with a few bad bytes (at least as
/// many good multi-byte sequences as bad ones) keeps its valid text with only the bad bytes replaced by U+FFFD;
/// otherwise Windows-1252 (a superset of Latin-1 for printable text), reported by the caller as TP1005. NUL
/// characters are replaced by U+FFFD too: no later stage or output format may carry them.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding s_windows1252 = CreateWindows1252();
    private const int SniffBytes = 8192;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8OrFallback(bytes[3..], "utf-8-bom", 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Clean(new UTF32Encoding(false, false).GetString(bytes[4..]), "utf-32le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return Clean(new UTF32Encoding(true, false).GetString(bytes[4..]), "utf-32be");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Clean(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Clean(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        switch (Utf16WithoutMark(bytes))
        {
            case Utf16Order.LittleEndian: return Clean(Encoding.Unicode.GetString(bytes), "utf-16le");
            case Utf16Order.BigEndian: return Clean(Encoding.BigEndianUnicode.GetString(bytes), "utf-16be");
        }
        return Utf8OrFallback(bytes, "utf-8", 0);
    }

    private static DecodedText Utf8OrFallback(ReadOnlySpan<byte> bytes, string name, int offset)
    {
        if (Utf8.IsValid(bytes)) return Clean(Encoding.UTF8.GetString(bytes), name);
        var (goodMultiByte, bad, firstBad) = CountSequences(bytes);
        if (goodMultiByte > 0 && goodMultiByte >= bad)
        {
            // Mostly UTF-8: keep it, replacing only the bad sequences (Encoding.UTF8 writes one U+FFFD per maximal bad subpart).
            var text = Encoding.UTF8.GetString(bytes);
            var at = Encoding.UTF8.GetCharCount(bytes[..(int)firstBad]);
            var cleaned = Clean(text, name);
            return cleaned with { Replaced = cleaned.Replaced + bad, FirstReplacedChar = cleaned.FirstReplacedChar < 0 ? at : Math.Min(at, cleaned.FirstReplacedChar) };
        }
        return Clean(s_windows1252.GetString(bytes), "windows-1252") with { FirstInvalidUtf8Byte = firstBad + offset };
    }

    /// <summary>Valid multi-byte UTF-8 sequences, invalid sequences, and the offset of the first invalid byte.</summary>
    private static (int GoodMultiByte, int Bad, long FirstBad) CountSequences(ReadOnlySpan<byte> bytes)
    {
        int good = 0, bad = 0;
        long firstBad = -1, offset = 0;
        while (!bytes.IsEmpty)
        {
            // Skip the ASCII run in one vectorised step.
            var ascii = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0) break;
            bytes = bytes[ascii..];
            offset += ascii;
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                good++;
            }
            else
            {
                bad++;
                if (firstBad < 0) firstBad = offset;
            }
            consumed = Math.Max(consumed, 1);
            bytes = bytes[consumed..];
            offset += consumed;
        }
        return (good, bad, firstBad);
    }

    /// <summary>Replaces NUL characters with U+FFFD and counts them.</summary>
    private static DecodedText Clean(string text, string name)
    {
        var first = text.IndexOf('\0', StringComparison.Ordinal);
        if (first < 0) return new DecodedText(text, name, -1);
        var count = text.AsSpan().Count('\0');
        return new DecodedText(text.Replace('\0', '\uFFFD'), name, -1, count, first);
    }

    private enum Utf16Order { None, LittleEndian, BigEndian }

    /// <summary>
    /// UTF-16 without a byte-order mark: text in Latin, Greek or Cyrillic script has a zero high byte in most code
    /// units, so zeros crowd into the odd (little-endian) or even (big-endian) positions and are rare in the others.
    /// </summary>
    private static Utf16Order Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, SniffBytes) & ~1)];
        if (head.Length < 4) return Utf16Order.None;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        var units = head.Length / 2;
        if (oddZeros * 10 >= units * 3 && evenZeros * 20 <= units) return Utf16Order.LittleEndian;
        if (evenZeros * 10 >= units * 3 && oddZeros * 20 <= units) return Utf16Order.BigEndian;
        return Utf16Order.None;
    }

    private static readonly byte[][] s_binarySignatures =
    [
        [0x89, (byte)'P', (byte)'N', (byte)'G'], [0xFF, 0xD8, 0xFF], [(byte)'G', (byte)'I', (byte)'F', (byte)'8'],
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-'], [(byte)'P', (byte)'K', 3, 4], [0x1F, 0x8B],
        [0x7F, (byte)'E', (byte)'L', (byte)'F'], [0, (byte)'a', (byte)'s', (byte)'m'], [(byte)'R', (byte)'I', (byte)'F', (byte)'F'],
    ];

    /// <summary>
    /// True when the bytes are not text: a known binary file signature (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF, wasm,
    /// RIFF), or, in the first 8 KiB, more than 1% NUL bytes or more than 10% other control bytes. UTF-16 and UTF-32
    /// (with a byte-order mark, or UTF-16 recognised without one) are text; so is a text file with a stray NUL.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes, out string reason)
    {
        reason = "";
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return false;
        }
        foreach (var signature in s_binarySignatures)
        {
            if (head.StartsWith(signature))
            {
                reason = "a binary file signature";
                return true;
            }
        }
        if (Utf16WithoutMark(bytes) != Utf16Order.None) return false;
        int nul = 0, control = 0;
        foreach (var b in head)
        {
            if (b == 0) nul++;
            else if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x0B or 0x1B)) control++;
        }
        if (nul * 100 > head.Length)
        {
            reason = $"{nul} NUL bytes in the first {head.Length}";
            return true;
        }
        if (head.Length > 0 && control * 10 > head.Length)
        {
            reason = $"{control} control bytes in the first {head.Length}";
            return true;
        }
        return false;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
