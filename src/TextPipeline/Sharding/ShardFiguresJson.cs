using System.Collections.Immutable;
using System.Text.Json;

namespace TextPipeline.Sharding;

/// <summary>
/// A merged run's shard figures in run.json (under <c>process</c>, with the merge's own: machine facts, never
/// compared): per shard its articles, wall seconds, CPU seconds, peak memory and step timings.
/// </summary>
internal static class ShardFiguresJson
{
    public static void Write(Utf8JsonWriter w, ImmutableArray<ShardFigures> shards)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartArray("shards");
        foreach (var s in shards)
        {
            w.WriteStartObject();
            w.WriteNumber("index", s.Index);
            w.WriteNumber("articles", s.Articles);
            w.WriteNumber("seconds", Math.Round(s.Seconds, 3));
            w.WriteNumber("cpuSeconds", Math.Round(s.CpuSeconds, 3));
            w.WriteNumber("peakMemoryMb", Math.Round(s.PeakMemoryMb, 1));
            w.WriteStartObject("timings");
            foreach (var (stage, seconds) in s.StageSeconds) w.WriteNumber(stage, Math.Round(seconds, 3));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
