using System.Security.Cryptography;
using System.Text;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Reuses a corpus-wide stage's result when its whole input is unchanged (same articles, same per-article results,
/// same stage version and options): a warm re-run over an unchanged folder then skips topic training and the
/// similarity index too. Any change to any article misses and the stage runs as usual. The entry holds what the
/// stage may change (see <see cref="CorpusSerializer"/>): every article's results except the tokenized document
/// (corpus stages read it, never change it), plus the corpus's topics, diagnostics and models. Same file format
/// guarantees as <see cref="ArticleCache"/>.
/// </summary>
internal static class CorpusStageMemo
{
    private static readonly byte[] s_magic = "TPCM"u8.ToArray();

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
        if (!output.Diagnostics.Any(d => d.Descriptor == Output.OutputDiagnostics.StageFailed))
        {
            var writer = new CacheWriter();
            CorpusSerializer.WriteStageResult(writer, output);
            CacheFile.Write(path, s_magic, writer.Written);
        }
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
        foreach (var article in input.Articles)
        {
            var writer = new CacheWriter();
            ArticleSerializer.Write(writer, article.Article);
            AnalysisSerializer.WriteAnalysis(writer, article with { Document = null });
            writer.Bool(article.Document is not null);
            hash.AppendData(writer.Written);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The stored output for this input, or null (absent, unreadable, corrupt, or for another input).</summary>
    private static CorpusAnalysis? TryLoad(string path, CorpusAnalysis input)
    {
        try
        {
            if (CacheFile.TryReadPayload(path, s_magic) is not { } payload) return null;
            var reader = new CacheReader(payload);
            var output = CorpusSerializer.ReadStageResult(reader, input);
            return reader.Remaining == 0 ? output : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }
}
