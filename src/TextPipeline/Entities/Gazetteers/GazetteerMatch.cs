namespace TextPipeline.Entities.Gazetteers;

/// <summary>A gazetteer name found at words [Start, Start + Length).</summary>
internal readonly record struct GazetteerMatch(int Start, int Length, GazetteerEntry Entry);
