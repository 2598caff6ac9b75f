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

    /// <summary>A narrower topic of the chosen desk leads instead of the desk's broad topic when it has this share of its probability.</summary>
    public double PreferNarrowerShare { get; init; } = 0.3;
}
