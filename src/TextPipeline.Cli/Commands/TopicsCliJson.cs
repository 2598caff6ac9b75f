using System.Text.Json;

namespace TextPipeline.Cli.Commands;

/// <summary>JSON settings for metrics printed on stdout by train/eval commands of the topics stage.</summary>
internal static class TopicsCliJson
{
    public static JsonSerializerOptions Options { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };
}
