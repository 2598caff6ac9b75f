namespace TextPipeline.Benchmarks;

/// <summary>Finds ../shared/data beside the repository (or TEXTPIPELINE_SHARED) for benchmarks that need corpora.</summary>
public static class SharedDataLocator
{
    public static string Require(params string[] parts)
    {
        var env = Environment.GetEnvironmentVariable("TEXTPIPELINE_SHARED");
        var roots = new List<string>();
        if (!string.IsNullOrEmpty(env)) roots.Add(env);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "TextPipeline.sln"))) roots.Add(Path.Combine(d.Parent?.FullName ?? d.FullName, "shared"));
            }
        }
        foreach (var root in roots)
        {
            var path = Path.Combine([root, "data", .. parts]);
            if (Directory.Exists(path) || File.Exists(path)) return path;
        }
        throw new InvalidOperationException($"shared data '{string.Join('/', parts)}' not found; set TEXTPIPELINE_SHARED");
    }
}
