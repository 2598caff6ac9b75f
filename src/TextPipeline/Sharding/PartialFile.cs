using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using TextPipeline.Ingestion;
using TextPipeline.Pipeline;
using TextPipeline.Pipeline.Caching;

namespace TextPipeline.Sharding;

/// <summary>
/// A shard's portable result (<c>part-00002-of-00004.tpp</c>): magic <c>TPSH</c>, the partial format and the analysis
/// serializer's format, the <see cref="PartialHeader"/>, then the articles in id order in compressed chunks of
/// <see cref="ChunkArticles"/> (each the ingested article with its source map, and every field stages added, through
/// the cache's serializers), an end mark, and the SHA-256 of every byte before it. Nothing inside is an absolute path
/// the merge needs. Written to a temporary name and renamed, so a killed shard leaves no partial (or the previous one);
/// read in a streaming way, so neither side holds the encoded file in memory.
/// </summary>
internal static class PartialFile
{
    /// <summary>1: the first format.</summary>
    public const int FormatVersion = 2;

    public const string Extension = ".tpp";

    private const int ChunkArticles = 256;
    private static readonly byte[] s_magic = "TPSH"u8.ToArray();

    /// <summary>The file name of a shard's partial: ordered by index, and saying how many shards there are.</summary>
    public static string NameOf(ShardSpec shard) =>
        string.Create(CultureInfo.InvariantCulture, $"part-{shard.Index:00000}-of-{shard.Count:00000}{Extension}");

    /// <summary>Writes the partial to <paramref name="path"/> atomically (temporary file, flushed to disk, renamed).</summary>
    public static void Write(string path, PartialHeader header, IReadOnlyList<ArticleAnalysis> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(articles);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hashed = new HashingWriter(file))
            {
                hashed.Write(s_magic);
                hashed.Int(FormatVersion);
                hashed.Int(AnalysisSerializer.FormatVersion);
                var head = new CacheWriter();
                WriteHeader(head, header);
                hashed.Block(head.Written);
                for (var start = 0; start < articles.Count; start += ChunkArticles)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var count = Math.Min(ChunkArticles, articles.Count - start);
                    var chunk = new CacheWriter();
                    for (var i = start; i < start + count; i++) WriteArticle(chunk, articles[i]);
                    hashed.Int(count);
                    hashed.Int(chunk.Written.Length);
                    hashed.Block(Compress(chunk.Written));
                }
                hashed.Int(0);
                file.Write(hashed.Hash());
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>The header alone (for the merge's consistency checks before anything is read in full).</summary>
    /// <exception cref="PartialFileException">Not a partial, another format, or a damaged header.</exception>
    public static PartialHeader ReadHeader(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new HashingReader(file);
        return ReadStart(reader, path);
    }

    /// <summary>The header and every article, checked against the trailing SHA-256.</summary>
    /// <exception cref="PartialFileException">Not a partial, another format, truncated, damaged or altered.</exception>
    public static (PartialHeader Header, ImmutableArray<ArticleAnalysis> Articles) Read(string path, CancellationToken cancellationToken = default)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new HashingReader(file);
        var header = ReadStart(reader, path);
        var articles = ImmutableArray.CreateBuilder<ArticleAnalysis>(header.Articles);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = reader.Int();
            if (count == 0) break;
            if (count < 0 || count > ChunkArticles || articles.Count + count > header.Articles) throw Damaged(path, "bad chunk");
            var rawLength = reader.Int();
            var payload = Decompress(reader.Block(), rawLength, path);
            var chunk = new CacheReader(payload);
            try
            {
                for (var i = 0; i < count; i++) articles.Add(ReadArticle(chunk));
            }
            catch (InvalidDataException e)
            {
                throw Damaged(path, e.Message);
            }
            if (chunk.Remaining != 0) throw Damaged(path, "bytes left in a chunk");
        }
        var expected = reader.Hash();
        if (!reader.Bytes(32).AsSpan().SequenceEqual(expected)) throw Damaged(path, "its checksum does not match (truncated or altered)");
        if (file.ReadByte() != -1) throw Damaged(path, "bytes after the checksum");
        if (articles.Count != header.Articles) throw Damaged(path, $"{articles.Count} articles, the header says {header.Articles}");
        return (header, articles.MoveToImmutable());
    }

    private static PartialHeader ReadStart(HashingReader reader, string path)
    {
        if (!reader.Bytes(4).AsSpan().SequenceEqual(s_magic)) throw new PartialFileException($"'{path}' is not a shard partial (no TPSH mark).");
        var format = reader.Int();
        var analysisFormat = reader.Int();
        if (format != FormatVersion || analysisFormat != AnalysisSerializer.FormatVersion)
        {
            throw new PartialFileException($"'{path}' is a partial of format {format}.{analysisFormat}; this build reads {FormatVersion}.{AnalysisSerializer.FormatVersion} (run the shards again with this build).");
        }
        try
        {
            var head = new CacheReader(reader.Block());
            var header = ReadHeader(head);
            return head.Remaining == 0 ? header : throw Damaged(path, "bytes left in the header");
        }
        catch (InvalidDataException e)
        {
            throw Damaged(path, e.Message);
        }
    }

    private static PartialFileException Damaged(string path, string what) => new($"'{path}' is damaged: {what}.");

    private static void WriteHeader(CacheWriter w, PartialHeader h)
    {
        w.String(h.ToolVersion);
        w.String(h.Build);
        w.String(h.Contract);
        w.Count(h.Shard.Index);
        w.Count(h.Shard.Count);
        WriteOptions(w, h.Options);
        w.String(h.OptionsFingerprint);
        w.List<ModelInfo>(h.Models, m => CorpusSerializer.WriteModelInfo(w, m));
        w.List<PipelinePrefix.Step>(h.Prefix.Steps, s =>
        {
            w.String(s.Stage);
            w.Int((int)s.Kind);
            w.String(s.Version);
        });
        w.String(h.ListingSha256);
        w.Count(h.TotalArticles);
        w.Count(h.Files);
        w.List<Diagnostics.Diagnostic>(h.IngestDiagnostics, d => AnalysisSerializer.WriteDiagnostic(w, d));
        w.List(h.DisplayPaths.OrderBy(p => p.Key, StringComparer.Ordinal).ToEquatableArray(), p =>
        {
            w.String(p.Key);
            w.String(p.Value);
        });
        w.Count(h.Articles);
        var f = h.Figures;
        w.Double(f.Seconds);
        w.Double(f.CpuSeconds);
        w.Double(f.PeakMemoryMb);
        w.List<KeyValuePair<string, double>>(f.StageSeconds, p =>
        {
            w.String(p.Key);
            w.Double(p.Value);
        });
    }

    private static PartialHeader ReadHeader(CacheReader r)
    {
        var tool = r.String();
        var build = r.String();
        var contract = r.String();
        var index = r.Count();
        var count = r.Count();
        if (count is < 1 or > ShardSpec.MaxCount || index >= count) throw CacheReader.Corrupt("bad shard number");
        var shard = new ShardSpec(index, count);
        var options = ReadOptions(r);
        var fingerprint = r.String();
        var models = r.Array(() => CorpusSerializer.ReadModelInfo(r));
        var steps = r.Array(() => new PipelinePrefix.Step(r.String(), CacheReader.Defined((PipelinePrefix.StepKind)r.Int()), r.String()));
        var listing = r.String();
        var total = r.Count();
        var files = r.Count();
        var diagnostics = r.Array(() => AnalysisSerializer.ReadDiagnostic(r));
        var display = r.Array(() => KeyValuePair.Create(r.String(), r.String()));
        var articles = r.Count();
        var seconds = r.Double();
        var cpu = r.Double();
        var memory = r.Double();
        var stages = r.Array(() => KeyValuePair.Create(r.String(), r.Double()));
        return new PartialHeader
        {
            ToolVersion = tool,
            Build = build,
            Contract = contract,
            Shard = shard,
            Options = options,
            OptionsFingerprint = fingerprint,
            Models = models,
            Prefix = new PipelinePrefix(steps),
            ListingSha256 = listing,
            TotalArticles = total,
            Files = files,
            IngestDiagnostics = diagnostics,
            DisplayPaths = display.ToImmutableDictionary(StringComparer.Ordinal),
            Articles = articles,
            Figures = new ShardFigures(index, articles, seconds, cpu, memory, stages),
        };
    }

    /// <summary>Every option but the run's own jobs, cache and state folders (the merge uses its own).</summary>
    internal static void WriteOptions(CacheWriter w, PipelineOptions o)
    {
        w.NullableString(o.TopicsModelPath);
        w.Int(o.Topics ?? -1);
        w.Int(o.SummarySentences);
        w.Bool(o.SummaryRatio is not null);
        if (o.SummaryRatio is { } ratio) w.Double(ratio);
        w.Int(o.SummaryChars ?? -1);
        w.Int(o.Tags);
        w.Int(o.Related);
        w.NullableString(o.VocabularyPath);
        w.Int((int)o.TagsFrom);
        w.Double(o.MinTagRelevance);
        w.Int(o.MaxEntityTags);
        w.Int(o.MaxKeyphraseTags);
        w.Int(o.MaxSubjectTags);
        w.Double(o.MinKeyphraseTagScore);
        w.NullableString(o.GazetteerPath);
        w.Int(o.Seed);
        w.Bool(o.Retrain);
        w.NullableString(o.ModelsDirectory);
        w.String(o.MaxFileBytes.ToString(CultureInfo.InvariantCulture));
    }

    internal static PipelineOptions ReadOptions(CacheReader r)
    {
        var topicsModel = r.NullableString();
        var topics = r.Int();
        var sentences = r.Int();
        double? ratio = r.Bool() ? r.Double() : null;
        var chars = r.Int();
        return new PipelineOptions
        {
            TopicsModelPath = topicsModel,
            Topics = topics < 0 ? null : topics,
            SummarySentences = sentences,
            SummaryRatio = ratio,
            SummaryChars = chars < 0 ? null : chars,
            Tags = r.Int(),
            Related = r.Int(),
            VocabularyPath = r.NullableString(),
            TagsFrom = r.Int() is var from && Enum.IsDefined((Tagging.TagSource)from) ? (Tagging.TagSource)from : throw CacheReader.Corrupt("bad tag source"),
            MinTagRelevance = r.Double(),
            MaxEntityTags = r.Int(),
            MaxKeyphraseTags = r.Int(),
            MaxSubjectTags = r.Int(),
            MinKeyphraseTagScore = r.Double(),
            GazetteerPath = r.NullableString(),
            Seed = r.Int(),
            Retrain = r.Bool(),
            ModelsDirectory = r.NullableString(),
            MaxFileBytes = long.TryParse(r.String(), NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : throw CacheReader.Corrupt("bad file size limit"),
            Jobs = 1,
        };
    }

    private static void WriteArticle(CacheWriter w, ArticleAnalysis a)
    {
        ArticleSerializer.Write(w, a.Article);
        w.Bool(a.Article.SourceMap is not null);
        if (a.Article.SourceMap is { } map)
        {
            w.List<SourceMap.Segment>(map.Segments, s =>
            {
                w.Count(s.TextStart);
                w.Count(s.SourceStart);
                w.Count(s.Length);
            });
            w.List<int>(map.SourceLineStarts, w.Count);
            w.Count(map.LineOffset);
        }
        AnalysisSerializer.WriteAnalysis(w, a);
    }

    private static ArticleAnalysis ReadArticle(CacheReader r)
    {
        var article = ArticleSerializer.Read(r);
        if (r.Bool())
        {
            var segments = r.Array(() => new SourceMap.Segment(r.Count(), r.Count(), r.Count()));
            var lineStarts = r.Array(r.Count);
            if (lineStarts.IsEmpty) throw CacheReader.Corrupt("a source map without lines");
            article = article with { SourceMap = new SourceMap(segments, lineStarts, r.Count()) };
        }
        return AnalysisSerializer.ReadAnalysis(r, article);
    }

    private static byte[] Compress(ReadOnlySpan<byte> raw)
    {
        using var buffer = new MemoryStream(raw.Length / 3 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) zlib.Write(raw);
        return buffer.ToArray();
    }

    private static byte[] Decompress(byte[] compressed, int rawLength, string path)
    {
        // A chunk never decompresses to more than the length it states (a damaged length cannot make us allocate much:
        // compressed data expands at most ~1000-fold, and the stated length is checked against that bound).
        if (rawLength < 0 || rawLength > (long)compressed.Length * 1032 + 64) throw Damaged(path, "bad chunk length");
        var raw = new byte[rawLength];
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            zlib.ReadExactly(raw);
            if (zlib.ReadByte() != -1) throw Damaged(path, "a chunk longer than it says");
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            throw Damaged(path, "a chunk does not decompress");
        }
        return raw;
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

    /// <summary>Writes through to a stream and hashes what it wrote: little-endian int32s and length-prefixed blocks.</summary>
    private sealed class HashingWriter(Stream stream) : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Write(ReadOnlySpan<byte> bytes)
        {
            stream.Write(bytes);
            _hash.AppendData(bytes);
        }

        public void Int(int value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
            Write(bytes);
        }

        public void Block(ReadOnlySpan<byte> bytes)
        {
            Int(bytes.Length);
            Write(bytes);
        }

        public byte[] Hash() => _hash.GetHashAndReset();

        public void Dispose() => _hash.Dispose();
    }

    /// <summary>Reads what <see cref="HashingWriter"/> wrote, hashing it; lengths are checked against the file's size.</summary>
    private sealed class HashingReader(Stream stream) : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public byte[] Bytes(int count)
        {
            if (count < 0 || count > stream.Length - stream.Position) throw new PartialFileException($"'{(stream as FileStream)?.Name}' is damaged: it ends early.");
            var bytes = new byte[count];
            stream.ReadExactly(bytes);
            _hash.AppendData(bytes);
            return bytes;
        }

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public byte[] Block() => Bytes(Int());

        public byte[] Hash() => _hash.GetHashAndReset();

        public void Dispose() => _hash.Dispose();
    }
}

/// <summary>A file that is not a partial this build can read: another format, truncated, damaged or altered.</summary>
internal sealed class PartialFileException(string message) : IOException(message);
