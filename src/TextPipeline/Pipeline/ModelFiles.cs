using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace TextPipeline.Pipeline;

/// <summary>
/// Describes a model file a stage reads, for <c>run.json</c> and cache keys. The SHA-256 is computed once per file
/// version (path, length and modification time) per process, so describing models costs nothing on later runs.
/// </summary>
public static class ModelFiles
{
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), string> s_hashes = new();

    /// <summary>The shipped model <paramref name="fileName"/> as a <see cref="ModelInfo"/>, or null when it is absent.</summary>
    public static ModelInfo? Describe(string fileName, string? modelsDirectory)
    {
        var path = ModelLocator.FindModel(fileName, modelsDirectory);
        return path is null ? null : DescribeFile(fileName, path);
    }

    /// <summary>A model file at a known path; the version is the first 12 hex digits of its SHA-256.</summary>
    public static ModelInfo? DescribeFile(string name, string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return null;
            var sha = s_hashes.GetOrAdd((info.FullName, info.Length, info.LastWriteTimeUtc), static key =>
            {
                using var stream = File.OpenRead(key.Path);
                return Convert.ToHexStringLower(SHA256.HashData(stream));
            });
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            return new ModelInfo(dot > 0 ? name[..dot] : name, sha[..12], sha, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the stage that loads it reports the problem
        }
    }
}
