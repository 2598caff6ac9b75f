using System.Text;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// What every cache key starts with: the cache format, the build of the analysis code (the library's module version id,
/// which deterministic builds derive from its content, so any code change misses), each stage's name and version, the
/// model files the stages read (by SHA-256, so a retrained model misses) and the options that change results.
/// </summary>
internal static class CacheSalt
{
    private static readonly string s_build = typeof(CacheSalt).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(PipelineOptions options, IEnumerable<(string Name, string Version)> stages, IEnumerable<ModelInfo> models)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(models);
        var salt = new StringBuilder();
        salt.Append("format=").Append(AnalysisSerializer.FormatVersion).Append('\n');
        salt.Append("build=").Append(s_build).Append('\n');
        foreach (var stage in stages) salt.Append(stage.Name).Append('@').Append(stage.Version).Append('\n');
        foreach (var model in models.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Sha256, StringComparer.Ordinal))
        {
            salt.Append("model=").Append(model.Name).Append('@').Append(model.Sha256).Append('\n');
        }
        salt.Append(OptionsFingerprint.Of(options));
        return salt.ToString();
    }
}
