using System.Reflection;

namespace TextPipeline.Output;

/// <summary>The library's informational version (without the source-revision suffix).</summary>
internal static class ToolVersion
{
    public static string Value { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
