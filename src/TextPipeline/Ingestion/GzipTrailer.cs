namespace TextPipeline.Ingestion;

/// <summary>
/// Checks a gzip file's trailer against the decompressed bytes: GZipStream returns a short result for a truncated
/// file instead of failing, so truncation is detected here. A file may hold several members one after the other
/// (<c>cat a.gz b.gz</c>, pigz, bgzip); GZipStream decompresses them all, and the trailer of the last member gives
/// the CRC-32 and length (mod 2^32) of the last member's data, which is the end of the output.
/// </summary>
internal static class GzipTrailer
{
    private static readonly uint[] s_table = CreateTable();

    public static bool Matches(ReadOnlySpan<byte> compressed, ReadOnlySpan<byte> decompressed)
    {
        if (compressed.Length < 18) return false;
        var trailer = compressed[^8..];
        var crc = BitConverter.ToUInt32(trailer[..4]);
        var size = BitConverter.ToUInt32(trailer[4..]);
        if (size > decompressed.Length) return false;
        return crc == Crc32(decompressed[^(int)size..]);
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return ~crc;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
