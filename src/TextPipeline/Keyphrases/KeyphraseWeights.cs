namespace TextPipeline.Keyphrases;

/// <summary>
/// How the features of a candidate are combined into its raw score (higher is better):
/// <c>-ln(YAKE) + Idf·ln(idf) + Title·[in title] + Heading·[in a heading] + Name·[entity or proper-noun run]
/// + Length·(words - 1) + Frequency·ln(count) + NotNoun·[single non-noun word]</c>. Defaults were picked by a small
/// manual search on all 450 500N-KPCrowd articles (so that score is optimistic), with IDF raised above its best
/// value there (1) to 3 because single articles need it to keep generic words out of their tags
/// (models/README.md, "Keyphrases").
/// </summary>
internal sealed record KeyphraseWeights
{
    public static KeyphraseWeights Default { get; } = new();

    public double Yake { get; init; } = 0.5;

    public double Idf { get; init; } = 3.0;

    public double Title { get; init; } = 1.0;

    public double Heading { get; init; } = 0.5;

    public double Name { get; init; } = 0.5;

    public double Length { get; init; } = -2.0;

    public double Frequency { get; init; } = 2.0;

    /// <summary>Added for a single word that is never a noun (verbs, adverbs, adjectives): they make poor tags.</summary>
    public double NotNoun { get; init; } = -0.5;

    /// <summary>A part with at least this share of its occurrences inside one longer phrase is dropped for it ("korea" in "north korea"); above 1 turns it off.</summary>
    public double SubsumeShare { get; init; } = 0.75;

    /// <summary>Drop a candidate that contains, or is contained in, a better one ("military" vs "military cooperation").</summary>
    public bool MergeContained { get; init; } = true;
}
