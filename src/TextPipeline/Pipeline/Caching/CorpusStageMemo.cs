using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using TextPipeline.Topics;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Reuses a corpus-wide stage's result when its whole input is unchanged (same articles, same per-article results,
/// same stage version and options): a warm re-run over an unchanged folder then skips topic training and the
/// similarity index too. Any change to any article misses and the stage runs as usual. The entry holds what the
/// stage may change: every article's results except the tokenized document (corpus stages read it, never change
/// it), plus the corpus's topics, diagnostics and models. Same file format guarantees as <see cref="ArticleCache"/>.
/// </summary>
internal static class CorpusStageMemo
{
    private static readonly byte[] s_magic = "TPCM"u8.ToArray();
    private const int HeaderLength = 4 + 4 + 8 + 32;

    /// <param name="cacheDirectory">The cache folder, or null for no reuse (<paramref name="run"/> is called).</param>
    /// <param name="salt">The whole pipeline's <see cref="CacheSalt"/>.</param>
    public static CorpusAnalysis Run(string? cacheDirectory, string salt, string stageName, string stageVersion, CorpusAnalysis input, Func<CorpusAnalysis> run, IProgress<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(salt);
        ArgumentNullException.ThrowIfNull(stageName);
        ArgumentNullException.ThrowIfNull(stageVersion);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(run);
        if (cacheDirectory is null) return run();
        var path = Path.Combine(cacheDirectory, "corpus", $"{stageName}-{Key(salt, stageName, stageVersion, input)}.tpc");
        if (TryLoad(path, input) is { } hit)
        {
            log?.Report($"cache: {stageName} reused (input unchanged)");
            return hit;
        }
        var output = run();
        if (!output.Diagnostics.Any(d => d.Descriptor == Output.OutputDiagnostics.StageFailed)) Store(path, output);
        return output;
    }

    /// <summary>
    /// Hashes every article's input and results except its tokenized document: the document is a function of the
    /// article, the per-article stages' versions and the options, which the key already holds (and hashing it would
    /// cost as much as the reuse saves).
    /// </summary>
    private static string Key(string salt, string stageName, string stageVersion, CorpusAnalysis input)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{salt}\nstage={stageName}@{stageVersion}\n"));
        using var buffer = new MemoryStream();
        foreach (var article in input.Articles)
        {
            buffer.SetLength(0);
            using (var writer = new CacheWriter(buffer))
            {
                AnalysisSerializer.WriteArticle(writer, article.Article);
                AnalysisSerializer.WriteAnalysis(writer, article with { Document = null });
                writer.Bool(article.Document is not null);
            }
            hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static CorpusAnalysis? TryLoad(string path, CorpusAnalysis input)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < HeaderLength || !bytes.AsSpan(0, 4).SequenceEqual(s_magic)
                || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)) != AnalysisSerializer.FormatVersion
                || BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8)) != bytes.Length - HeaderLength
                || !SHA256.HashData(bytes.AsSpan(HeaderLength)).AsSpan().SequenceEqual(bytes.AsSpan(16, 32)))
            {
                return null;
            }
            using var stream = new MemoryStream(bytes, HeaderLength, bytes.Length - HeaderLength, writable: false);
            using var r = new CacheReader(stream);
            var count = r.Int();
            if (count != input.Articles.Length) return null;
            var articles = ImmutableArray.CreateBuilder<ArticleAnalysis>(count);
            for (var i = 0; i < count; i++)
            {
                var source = input.Articles[i];
                articles.Add(AnalysisSerializer.ReadAnalysis(r, source.Article) with { Document = source.Document });
            }
            var topics = r.List(() => new TopicInfo(r.Int(), r.String(), r.Int(), r.List(r.String)));
            var diagnostics = r.List(() => AnalysisSerializer.ReadDiagnostic(r));
            var models = r.List(() => new ModelInfo(r.String(), r.String(), r.String(), r.NullableString()));
            if (stream.Position != stream.Length) return null;
            return input with
            {
                Articles = articles.MoveToImmutable(),
                Topics = topics.AsImmutableArray(),
                Diagnostics = diagnostics.AsImmutableArray(),
                Models = models.AsImmutableArray(),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    private static void Store(string path, CorpusAnalysis output)
    {
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using var payload = new MemoryStream();
            using (var w = new CacheWriter(payload))
            {
                w.Int(output.Articles.Length);
                foreach (var a in output.Articles) AnalysisSerializer.WriteAnalysis(w, a with { Document = null });
                w.List(output.Topics.ToEquatableArray(), t =>
                {
                    w.Int(t.Id);
                    w.String(t.Label);
                    w.Int(t.Size);
                    w.List(t.TopTerms, w.String);
                });
                w.List(output.Diagnostics.ToEquatableArray(), d => AnalysisSerializer.WriteDiagnostic(w, d));
                w.List(output.Models.ToEquatableArray(), m =>
                {
                    w.String(m.Name);
                    w.String(m.Version);
                    w.String(m.Sha256);
                    w.NullableString(m.Path);
                });
            }
            var body = payload.GetBuffer().AsSpan(0, (int)payload.Length);
            var header = new byte[HeaderLength];
            s_magic.CopyTo(header, 0);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), AnalysisSerializer.FormatVersion);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), body.Length);
            SHA256.HashData(body, header.AsSpan(16));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(header);
                file.Write(body);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
