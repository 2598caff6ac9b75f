namespace TextPipeline.Subjects;

/// <summary>
/// How many subjects an article gets and how sure the classifier must be (see <see cref="SubjectModel.Assign"/>).
/// Chosen on the 40 tag-gold BBC articles (data/gold/bbc-tags-gold.tsv), never on the held-out subject gold.
/// </summary>
public sealed record SubjectSelection
{
    public static SubjectSelection Default { get; } = new();

    /// <summary>At most this many subjects per article.</summary>
    public int MaxSubjects { get; init; } = 3;

    /// <summary>A second or third subject needs at least this probability ...</summary>
    public double MinProbability { get; init; } = 0.15;

    /// <summary>... and at least this share of the first subject's probability.</summary>
    public double MinShareOfFirst { get; init; } = 0.35;

    /// <summary>
    /// A topic the classifier does not know gets <c>KeywordWeight × min(1, count / KeywordSaturation)</c> from the
    /// article naming it (<see cref="SubjectKeywords"/>) at least <see cref="KeywordMinCount"/> times.
    /// </summary>
    public double KeywordWeight { get; init; } = 0.5;

    public int KeywordSaturation { get; init; } = 8;

    public int KeywordMinCount { get; init; } = 4;

    /// <summary>The classifier's own desk wins when its topics of that desk sum to at least this probability.</summary>
    public double ClassifierDeskConfidence { get; init; } = 0.35;

    /// <summary>A narrower topic of the chosen desk leads instead of the desk's broad topic when it has this share of its probability.</summary>
    public double PreferNarrowerShare { get; init; } = 0.3;
}
