using System.Collections.Immutable;

namespace TextPipeline.Pipeline;

/// <summary>Counts and timings of a run (for run.json and the summary line).</summary>
public sealed record RunStatistics(
    int Files,
    int Articles,
    int Errors,
    int Warnings,
    int Infos,
    ImmutableArray<KeyValuePair<string, double>> StageSeconds,
    double TotalSeconds);
