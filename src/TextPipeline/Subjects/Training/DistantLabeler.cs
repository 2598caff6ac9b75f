namespace TextPipeline.Subjects.Training;

/// <summary>
/// Labels a training article with Media Topics from its desk and the topic names it uses (distant supervision): a
/// topic of the article's desk whose phrases (<see cref="SubjectPhrases"/>) occur at least <see cref="MinScore"/>
/// times (a title occurrence counts <see cref="TitleBonus"/>) is a label; at most <see cref="MaxLabels"/>, a topic
/// broader than another label is dropped, and an article naming none gets its desk's broad topic.
/// </summary>
public sealed class DistantLabeler(MediaTopics topics, Dictionary<string, List<string[]>> phrases)
{
    public const int MinScore = 3;
    public const int TitleBonus = 3;
    public const int MaxLabels = 2;

    public IReadOnlyList<string> Label(string desk, string defaultTopic, IReadOnlyList<string> titleStems, IReadOnlyList<string> bodyStems)
    {
        ArgumentNullException.ThrowIfNull(titleStems);
        ArgumentNullException.ThrowIfNull(bodyStems);
        var scored = new List<(string Code, int Score)>();
        foreach (var (code, list) in phrases)
        {
            if (NewsDesks.DeskOf(topics, code) != desk) continue;
            var score = 0;
            foreach (var phrase in list) score += Occurrences(bodyStems, phrase) + TitleBonus * Occurrences(titleStems, phrase);
            if (score >= MinScore) scored.Add((code, score));
        }
        var ranked = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        var labels = new List<string>();
        foreach (var (code, score) in ranked)
        {
            if (labels.Count == MaxLabels || score * 2 < ranked[0].Score) break;
            // A broader topic than a label already chosen says less; a narrower one replaces its ancestor.
            if (labels.Exists(l => topics.SelfAndAncestors(l).Contains(code, StringComparer.Ordinal))) continue;
            labels.RemoveAll(l => topics.SelfAndAncestors(code).Contains(l, StringComparer.Ordinal));
            labels.Add(code);
        }
        return labels.Count > 0 ? labels : [defaultTopic];
    }

    private static int Occurrences(IReadOnlyList<string> stems, string[] phrase)
    {
        var n = 0;
        for (var i = 0; i + phrase.Length <= stems.Count; i++)
        {
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++) match = stems[i + k] == phrase[k];
            if (match) n++;
        }
        return n;
    }
}
