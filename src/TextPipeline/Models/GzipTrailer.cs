using System.Buffers.Binary;
using System.IO.Compression;

namespace TextPipeline.Models;

/// <summary>
/// A gzip file cut short still decompresses without an error (GZipStream just ends early), so a truncated model file
/// would load with part of its entries and nothing would say so. The gzip trailer records the uncompressed length
/// (mod 2^32): a file whose decompressed length differs is truncated or damaged. Our model files are single-member gzip.
/// </summary>
internal static class GzipTrailer
{
    /// <summary>Throws <see cref="InvalidDataException"/> when <paramref name="file"/> is not a complete gzip file.</summary>
    public static void Verify(ModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var raw = file.OpenRead();
        Span<byte> header = stackalloc byte[2];
        Span<byte> trailer = stackalloc byte[4];
        if (raw.Length < 18 || raw.ReadAtLeast(header, 2, throwOnEndOfStream: false) < 2 || header[0] != 0x1f || header[1] != 0x8b)
        {
            throw new InvalidDataException("not a gzip file");
        }
        raw.Seek(-4, SeekOrigin.End);
        raw.ReadExactly(trailer);
        var expected = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        raw.Seek(0, SeekOrigin.Begin);
        using var stream = new GZipStream(raw, CompressionMode.Decompress);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0) length += read;
        if ((uint)length != expected)
        {
            throw new InvalidDataException($"the gzip data ends after {length:N0} bytes but its trailer says {expected:N0}: the file is truncated or damaged");
        }
    }
}
