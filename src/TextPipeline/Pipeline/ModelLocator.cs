namespace TextPipeline.Pipeline;

/// <summary>
/// Finds the shipped <c>models/</c> folder: <c>TEXTPIPELINE_MODELS</c>, then <c>models/</c> beside the program
/// (copied at build), then the nearest ancestor folder of the program or working directory that has one.
/// </summary>
public static class ModelLocator
{
    public static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("TEXTPIPELINE_MODELS");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return fromEnv;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "README.md"))) return candidate;
            }
        }
        return null;
    }

    /// <summary>Full path of a shipped model file, or null when absent.</summary>
    public static string? FindModel(string fileName, string? modelsDirectory = null)
    {
        var dir = modelsDirectory ?? Find();
        if (dir is null) return null;
        var path = Path.Combine(dir, fileName);
        return File.Exists(path) ? path : null;
    }
}
