namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// One name of a gazetteer: its surface <see cref="Name"/>, entity <see cref="Type"/> (PER, ORG, LOC, MISC, or DEM for a
/// demonym), optional external <see cref="Id"/>, and the <see cref="Canonical"/> name it stands for (for a demonym: its
/// country). The optional facts below are the evidence the entity linker weighs; lists that lack them leave the defaults.
/// </summary>
internal sealed record GazetteerEntry(string Name, string Type, string? Id, string Canonical)
{
    /// <summary>The list the name comes from (<c>countries</c>, <c>geonames</c>, <c>own</c>, <c>user</c> …); empty when unknown.</summary>
    public string Source { get; init; } = "";

    /// <summary>Population of a GeoNames place (0 when not a place or unknown): its prior prominence.</summary>
    public long Population { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the country a place or organisation belongs to (document support), or null.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// How often the lower-case form of a one-word name occurs in ordinary text (word-cluster corpus counts): a large
    /// value means the name is also a common word ("Bank", "Reading", "God"), so a weak list entry must not claim it.
    /// </summary>
    public int CommonWordCount { get; init; }

    /// <summary>
    /// A finer kind for news typing: <c>sport:football</c>, <c>sport:rugby</c>, <c>sport:cricket</c> … (a name that
    /// means a club or league only in a story about that sport), <c>party</c>, <c>sense:sport</c> (an abbreviation whose sense holds
    /// in stories about that subject); null for plain names.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>True when this entry is written exactly as its canonical name (not an alias or abbreviation).</summary>
    public bool IsCanonicalName => string.Equals(Name, Canonical, StringComparison.Ordinal);
}
