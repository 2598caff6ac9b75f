using System.Globalization;

namespace TextPipeline.Linking;

/// <summary>
/// Tuning of the similarity index and the near-duplicate detector. The defaults are the measured ones
/// (see <c>models/README.md</c>, section "Related links"); changing them changes the stage's version.
/// </summary>
public sealed record LinkingOptions
{
    public static LinkingOptions Default { get; } = new();

    /// <summary>Terms per article that enter the inverted index used to find candidates.</summary>
    public int IndexTermsPerArticle { get; init; } = 40;

    /// <summary>Longest posting list kept per term (the highest-weighted articles): bounds the cost per query.</summary>
    public int MaxPostings { get; init; } = 400;

    /// <summary>Candidates re-scored exactly per article.</summary>
    public int Candidates { get; init; } = 100;

    /// <summary>Weight of the term vectors' cosine in the blended score.</summary>
    public double TextWeight { get; init; } = 0.75;

    /// <summary>Weight of the topic mixtures' cosine, when both articles have topics.</summary>
    public double TopicWeight { get; init; } = 0.15;

    /// <summary>Weight of the shared canonical entities' cosine, when both articles have entities.</summary>
    public double EntityWeight { get; init; } = 0.10;

    /// <summary>Neighbours averaged into each vector before the final scoring (0 turns the expansion off).</summary>
    public int ExpansionNeighbours { get; init; } = 10;

    /// <summary>Weight of the neighbours' mean in the expanded vector.</summary>
    public double ExpansionWeight { get; init; } = 0.5;

    /// <summary>Words per shingle of the near-duplicate detector.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>Shingle Jaccard at or above which two articles are near-duplicates.</summary>
    public double DuplicateJaccard { get; init; } = 0.6;

    /// <summary>Most reasons listed per link.</summary>
    public int MaxReasons { get; init; } = 5;

    /// <summary>Every value, culture-invariant (part of the stage version, hence of cache keys).</summary>
    public string Fingerprint => string.Create(CultureInfo.InvariantCulture,
        $"{IndexTermsPerArticle},{MaxPostings},{Candidates},{TextWeight},{TopicWeight},{EntityWeight},{ExpansionNeighbours},{ExpansionWeight},{ShingleSize},{DuplicateJaccard},{MaxReasons}");
}
