namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// One name of a gazetteer: its surface <see cref="Name"/>, entity <see cref="Type"/> (PER, ORG, LOC, or DEM for a
/// demonym), optional external <see cref="Id"/>, and the <see cref="Canonical"/> name it stands for (for a demonym: its country).
/// </summary>
internal sealed record GazetteerEntry(string Name, string Type, string? Id, string Canonical);
