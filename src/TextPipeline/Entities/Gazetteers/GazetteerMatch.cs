namespace TextPipeline.Entities.Gazetteers;

/// <summary>A gazetteer name found at words [Start, Start + Length).</summary>
public readonly record struct GazetteerMatch(int Start, int Length, GazetteerEntry Entry);
