namespace TextPipeline.Subjects.Training;

/// <summary>
/// Labels a training article with Media Topics from its desk and the topic names it uses (distant supervision): a
/// topic of the article's desk that <see cref="SubjectKeywords"/> counts at least <see cref="MinScore"/> times is a
/// label; at most <see cref="MaxLabels"/>, within half the best count; a topic broader than another label is
/// dropped; an article naming none gets its desk's broad topic.
/// </summary>
internal sealed class DistantLabeler(MediaTopics topics, SubjectKeywords keywords)
{
    public const int MinScore = 3;
    public const int MaxLabels = 2;

    public IReadOnlyList<string> Label(string desk, string defaultTopic, IReadOnlyList<string> titleStems, IReadOnlyList<string> bodyStems)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        var ranked = keywords.Count(titleStems, bodyStems)
            .Where(p => p.Value >= MinScore && NewsDesks.DeskOf(topics, p.Key) == desk)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var labels = new List<string>();
        foreach (var (code, score) in ranked)
        {
            if (labels.Count == MaxLabels || score * 2 < ranked[0].Value) break;
            // A broader topic than a label already chosen says less; a narrower one replaces its ancestor.
            if (labels.Exists(l => topics.SelfAndAncestors(l).Contains(code, StringComparer.Ordinal))) continue;
            labels.RemoveAll(l => topics.SelfAndAncestors(code).Contains(l, StringComparer.Ordinal));
            labels.Add(code);
        }
        return labels.Count > 0 ? labels : [defaultTopic];
    }
}
