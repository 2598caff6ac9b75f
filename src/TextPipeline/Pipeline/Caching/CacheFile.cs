using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// The envelope of every cache file: magic (4 bytes), format version (int32), payload length (int64) and payload
/// SHA-256 (32 bytes), then the payload. A partial, corrupt or older-format file reads as absent. Writes go to a
/// temporary file renamed into place, so a crash never leaves a half-written file; a cache that cannot be written
/// only costs speed.
/// </summary>
internal static class CacheFile
{
    public const int HeaderLength = 4 + 4 + 8 + 32;

    /// <summary>The payload of a whole, current-format file with this magic, or null (absent, partial, corrupt, older).</summary>
    public static ArraySegment<byte>? TryReadPayload(string path, ReadOnlySpan<byte> magic)
    {
        if (!File.Exists(path)) return null;
        byte[] bytes;
        using (var stream = File.OpenRead(path))
        {
            // The stated length, not read-to-end: a device or link in the folder cannot make us read forever.
            if (stream.Length < HeaderLength || stream.Length > Array.MaxLength) return null;
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        if (!bytes.AsSpan(0, 4).SequenceEqual(magic)) return null;
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)) != AnalysisSerializer.FormatVersion) return null;
        if (BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8)) != bytes.Length - HeaderLength) return null;
        var body = new ArraySegment<byte>(bytes, HeaderLength, bytes.Length - HeaderLength);
        Span<byte> checksum = stackalloc byte[32];
        SHA256.HashData(body, checksum);
        return checksum.SequenceEqual(bytes.AsSpan(16, 32)) ? body : (ArraySegment<byte>?)null;
    }

    /// <summary>Writes the file atomically; I/O errors are swallowed (and the temporary file removed).</summary>
    public static void Write(string path, ReadOnlySpan<byte> magic, ReadOnlySpan<byte> payload)
    {
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(Header(magic, payload));
                file.Write(payload);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
        }
    }

    private static byte[] Header(ReadOnlySpan<byte> magic, ReadOnlySpan<byte> payload)
    {
        var header = new byte[HeaderLength];
        magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), AnalysisSerializer.FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), payload.Length);
        SHA256.HashData(payload, header.AsSpan(16));
        return header;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
