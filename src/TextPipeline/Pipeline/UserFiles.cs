using System.Security.Cryptography;

namespace TextPipeline.Pipeline;

/// <summary>Describes a file the user gave (site gazetteer, vocabulary, topic model) as a <see cref="ModelInfo"/>.</summary>
public static class UserFiles
{
    /// <summary>The file as a model listed in run.json (version = first 12 hex digits of its SHA-256), or null when unreadable.</summary>
    public static ModelInfo? Describe(string name, string path)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
            return new ModelInfo(name, sha[..12], sha, Path.GetFullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the stage that reads it reports the problem
        }
    }
}
