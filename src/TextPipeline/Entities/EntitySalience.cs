using TextPipeline.Text;

namespace TextPipeline.Entities;

/// <summary>
/// Salience in 0..1 from how often an entity is named (demonyms count half), how early it first appears, and whether
/// it is in the title or a heading. Frequency is relative to the article's most-named entity.
/// </summary>
internal static class EntitySalience
{
    private const double FrequencyWeight = 0.5;
    private const double PositionWeight = 0.3;
    private const double TitleWeight = 0.2;

    public static double Score(CanonicalGroup group, double maxWeightedCount, int textLength, string? title, IReadOnlyList<TextSpan> headings)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(headings);
        var weighted = WeightedCount(group);
        var frequency = maxWeightedCount <= 0 ? 0 : Math.Log(1 + weighted) / Math.Log(1 + maxWeightedCount);
        var first = group.Mentions.Count > 0 ? group.Mentions[0].Span.Start : textLength;
        if (group.DemonymSpans.Count > 0) first = Math.Min(first, group.DemonymSpans[0].Start);
        var position = textLength <= 0 ? 0 : 1.0 - Math.Min(1.0, (double)first / textLength);
        var inTitle = title is not null && (title.Contains(group.Name, StringComparison.Ordinal)
            || group.Mentions.Any(m => title.Contains(m.Surface, StringComparison.Ordinal)));
        var inHeading = group.Mentions.Any(m => headings.Any(h => h.Contains(m.Span)));
        var score = FrequencyWeight * frequency + PositionWeight * position + TitleWeight * (inTitle || inHeading ? 1 : 0);
        return Math.Round(Math.Clamp(score, 0, 1), 4);
    }

    public static double WeightedCount(CanonicalGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Mentions.Count + 0.5 * group.DemonymCount;
    }
}
