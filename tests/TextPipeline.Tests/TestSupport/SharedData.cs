namespace TextPipeline.Tests.TestSupport;

/// <summary>
/// Locates <c>../shared</c> beside the repository (or <c>TEXTPIPELINE_SHARED</c>). Tests that need it call
/// <c>Skip.If(SharedData.Root is null, SharedData.SkipReason)</c> so the suite passes on a fresh machine without it.
/// </summary>
public static class SharedData
{
    public const string SkipReason = "../shared (public data sets) is not present beside the repository; test skipped.";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? Root { get; } = FindShared();

    public static string? DataDir => Root is null ? null : Path.Combine(Root, "data");

    public static string? Data(params string[] parts)
    {
        if (Root is null) return null;
        var path = Path.Combine([Root, "data", .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    public static string? Fixture(string name)
    {
        if (Root is null) return null;
        var path = Path.Combine(Root, "fixtures", name);
        return File.Exists(path) ? path : null;
    }

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TextPipeline.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("TextPipeline.sln not found above the test binaries.");
    }

    private static string? FindShared()
    {
        var env = Environment.GetEnvironmentVariable("TEXTPIPELINE_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(Path.Combine(candidate, "data")) ? candidate : null;
    }
}
