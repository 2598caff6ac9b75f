namespace TextPipeline.Lexicon.Training;

/// <summary>Settings of <see cref="BrownClusterTrainer"/>.</summary>
internal sealed record BrownClusterOptions
{
    /// <summary>Number of leaf clusters C.</summary>
    public int Clusters { get; init; } = 1000;

    /// <summary>Words seen fewer times are skipped.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>At most this many (most frequent) words are clustered.</summary>
    public int MaxVocabulary { get; init; } = 50_000;

    /// <summary>Exchange passes at most.</summary>
    public int MaxIterations { get; init; } = 15;

    /// <summary>Stop the exchange passes once fewer than this fraction of the words move in one pass.</summary>
    public double MinMovedFraction { get; init; } = 0.001;
}
