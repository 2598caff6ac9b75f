using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// A portable fingerprint of the options that can change a stage's output: the values themselves, and for files
/// (topic model, vocabulary, gazetteer) their content hash, never their path. The shipped models are covered by
/// <see cref="CacheSalt"/> (their SHA-256, recorded while the stages were prepared). Jobs, the cache folder
/// and the file size limit are left out: they never change an article's analysis.
/// </summary>
internal static class OptionsFingerprint
{
    public static string Of(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"topics={options.Topics};summary={options.SummarySentences}/{options.SummaryRatio}/{options.SummaryChars};");
        text.Append(inv, $"tags={options.Tags};related={options.Related};seed={options.Seed};");
        text.Append("topicsModel=").Append(FileHash(options.TopicsModelPath)).Append(';');
        text.Append("vocabulary=").Append(FileHash(options.VocabularyPath)).Append(';');
        text.Append("gazetteer=").Append(FileHash(options.GazetteerPath)).Append(';');
        return text.ToString();
    }

    private static string FileHash(string? path)
    {
        if (path is null) return "-";
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
