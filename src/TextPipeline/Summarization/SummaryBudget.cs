namespace TextPipeline.Summarization;

/// <summary>
/// A summary's budget: at most <see cref="Sentences"/> sentences and, when <see cref="Chars"/> is set, at most that
/// many characters in <see cref="Summary.Text"/>.
/// </summary>
internal readonly record struct SummaryBudget(int Sentences, int? Chars)
{
    /// <summary>The budget for an article: the ratio (of its sentences, at least one) overrides the sentence count.</summary>
    public static SummaryBudget For(int sentenceCount, int sentences, double? ratio, int? chars)
    {
        var n = ratio is { } r ? Math.Max(1, (int)Math.Round(r * sentenceCount, MidpointRounding.AwayFromZero)) : sentences;
        return new SummaryBudget(Math.Max(1, n), chars);
    }
}
