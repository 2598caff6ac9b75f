using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using TextPipeline.Ingestion;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// On-disk, content-addressed cache of per-article stage results (Roslyn incremental style). An entry's key is the
/// SHA-256 of a <see cref="CacheSalt"/> (cache format, code build, stage versions, model files, options) and the article's input
/// (ingested article plus whatever earlier stages added), so any change misses. Entries are plain, portable files
/// (<c>&lt;dir&gt;/ab/abcdef….tpa</c>, no absolute paths inside): a <see cref="CacheFile"/> header guards against partial or
/// corrupt files, which are treated as misses and rewritten, and writes are atomic. The folder may be deleted at
/// any time. All methods are thread-safe; I/O errors only turn hits into misses.
/// </summary>
internal sealed class ArticleCache
{
    private const string Extension = ".tpa";
    private static readonly byte[] s_magic = "TPAC"u8.ToArray();

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
        var writer = new CacheWriter();
        ArticleSerializer.Write(writer, input.Article);
        AnalysisSerializer.WriteAnalysis(writer, input);
        hash.AppendData(writer.Written);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The stored analysis of <paramref name="article"/> under <paramref name="key"/>. False (a miss) when there is
    /// none or it cannot be read: I/O errors, a partial or corrupt file, or a payload that does not decode.
    /// </summary>
    public bool TryLoad(string key, Article article, out ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        analysis = null!;
        try
        {
            if (CacheFile.TryReadPayload(PathOf(key), s_magic) is { } payload)
            {
                var reader = new CacheReader(payload);
                var loaded = AnalysisSerializer.ReadAnalysis(reader, article);
                if (reader.Remaining == 0)
                {
                    analysis = loaded;
                    Interlocked.Increment(ref _hits);
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // InvalidDataException is the reader's only complaint (see CacheReader); IOException covers the rest.
        }
        Interlocked.Increment(ref _misses);
        return false;
    }

    public void Store(string key, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var writer = new CacheWriter();
        AnalysisSerializer.WriteAnalysis(writer, analysis);
        CacheFile.Write(PathOf(key), s_magic, writer.Written);
    }

    private string PathOf(string key) => Path.Combine(_directory, key[..2], key + Extension);
}
