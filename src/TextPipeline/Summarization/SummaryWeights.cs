namespace TextPipeline.Summarization;

/// <summary>
/// How a sentence's features are blended into its score: LexRank centrality, lead position, length, overlap with
/// the title and with the most salient entities (each feature 0..1), and the MMR trade-off between score and
/// novelty. Defaults were set by hand and checked against a few variants on the CNN/DM development set, where they
/// scored best of those tried (models/README.md, "Summaries").
/// </summary>
internal sealed record SummaryWeights
{
    public static SummaryWeights Default { get; } = new();

    public double Centrality { get; init; } = 1.0;

    public double Position { get; init; } = 2.0;

    public double Length { get; init; } = 0.3;

    public double Title { get; init; } = 0.5;

    public double Entities { get; init; } = 0.3;

    /// <summary>MMR λ: 1 ignores redundancy, 0 only looks for novelty.</summary>
    public double Lambda { get; init; } = 0.75;
}
