using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using TextPipeline.Ingestion;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// On-disk, content-addressed cache of per-article stage results (Roslyn incremental style). An entry's key is the
/// SHA-256 of a <see cref="CacheSalt"/> (cache format, code build, stage versions, model files, options) and the article's input
/// (ingested article plus whatever earlier stages added), so any change misses. Entries are plain, portable files
/// (<c>&lt;dir&gt;/ab/abcdef….tpa</c>, no absolute paths inside): a header (magic, format version, payload length,
/// payload SHA-256) guards against partial or corrupt files, which are treated as misses and rewritten. Writes go to
/// a temporary file renamed into place, so a crash never leaves a half-written entry. The folder may be deleted at
/// any time. All methods are thread-safe; I/O errors only turn hits into misses.
/// </summary>
internal sealed class ArticleCache
{
    private const string Extension = ".tpa";
    private static readonly byte[] s_magic = "TPAC"u8.ToArray();
    private const int HeaderLength = 4 + 4 + 8 + 32;

    private readonly string _directory;
    private readonly byte[] _salt;
    private int _hits;
    private int _misses;

    /// <param name="salt">What every key starts with: see <see cref="CacheSalt"/>.</param>
    public ArticleCache(string directory, string salt)
    {
        ArgumentNullException.ThrowIfNull(salt);
        _directory = directory;
        _salt = Encoding.UTF8.GetBytes(salt);
    }

    public int Hits => _hits;

    public int Misses => _misses;

    /// <summary>The key of the analysis the stages would produce from <paramref name="input"/>: lower-case hex.</summary>
    public string KeyFor(ArticleAnalysis input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_salt);
        using var buffer = new MemoryStream();
        using (var writer = new CacheWriter(buffer))
        {
            AnalysisSerializer.WriteArticle(writer, input.Article);
            AnalysisSerializer.WriteAnalysis(writer, input);
        }
        hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public bool TryLoad(string key, Article article, out ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        analysis = null!;
        try
        {
            var path = PathOf(key);
            if (!File.Exists(path))
            {
                Interlocked.Increment(ref _misses);
                return false;
            }
            var bytes = File.ReadAllBytes(path);
            if (!TryGetPayload(bytes, out var payload))
            {
                Interlocked.Increment(ref _misses);
                return false;
            }
            using var stream = new MemoryStream(payload.ToArray(), writable: false);
            using var reader = new CacheReader(stream);
            analysis = AnalysisSerializer.ReadAnalysis(reader, article);
            if (stream.Position != stream.Length) throw new InvalidDataException("Trailing bytes in cache entry.");
            Interlocked.Increment(ref _hits);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or EndOfStreamException or FormatException)
        {
            Interlocked.Increment(ref _misses);
            return false;
        }
    }

    public void Store(string key, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var path = PathOf(key);
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using var payload = new MemoryStream();
            using (var writer = new CacheWriter(payload)) AnalysisSerializer.WriteAnalysis(writer, analysis);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(Header(payload.GetBuffer().AsSpan(0, (int)payload.Length)));
                file.Write(payload.GetBuffer(), 0, (int)payload.Length);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs speed.
            TryDelete(temp);
        }
    }

    private string PathOf(string key) => Path.Combine(_directory, key[..2], key + Extension);

    private static byte[] Header(ReadOnlySpan<byte> payload)
    {
        var header = new byte[HeaderLength];
        s_magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), AnalysisSerializer.FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), payload.Length);
        SHA256.HashData(payload, header.AsSpan(16));
        return header;
    }

    /// <summary>Checks magic, format version, length and checksum; false for any partial or corrupt file.</summary>
    private static bool TryGetPayload(byte[] bytes, out ReadOnlyMemory<byte> payload)
    {
        payload = default;
        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, 4).SequenceEqual(s_magic)) return false;
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)) != AnalysisSerializer.FormatVersion) return false;
        if (BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8)) != bytes.Length - HeaderLength) return false;
        var body = bytes.AsMemory(HeaderLength);
        Span<byte> checksum = stackalloc byte[32];
        SHA256.HashData(body.Span, checksum);
        if (!checksum.SequenceEqual(bytes.AsSpan(16, 32))) return false;
        payload = body;
        return true;
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
