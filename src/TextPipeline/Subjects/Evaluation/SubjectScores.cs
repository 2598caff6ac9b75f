namespace TextPipeline.Subjects.Evaluation;

/// <summary>
/// Subject accuracy against <see cref="SubjectGold"/>. A predicted topic <em>matches</em> a gold topic when it is the
/// same, narrower, or broader but below the top level (e.g. "rugby" for "rugby union"). Reported: accuracy of the
/// first subject (exact and matching), its top-level topic, precision of all predicted subjects against the
/// acceptable codes and recall of the required codes.
/// </summary>
public sealed class SubjectScores(MediaTopics topics)
{
    private int _articles;
    private int _firstExact;
    private int _firstMatch;
    private int _topLevel;
    private int _predicted;
    private int _predictedRight;
    private int _required;
    private int _requiredFound;

    public int Articles => _articles;

    public void Add(SubjectGold gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        _articles++;
        _required += gold.Required.Count;
        _requiredFound += gold.Required.Count(g => predicted.Any(p => Matches(p, g)));
        _predicted += predicted.Count;
        _predictedRight += predicted.Count(p => gold.Acceptable.Any(g => Matches(p, g)));
        if (predicted.Count == 0) return;
        var first = predicted[0];
        if (gold.Acceptable.Contains(first)) _firstExact++;
        if (gold.Acceptable.Any(g => Matches(first, g))) _firstMatch++;
        var tops = gold.Required.Select(topics.TopLevel).ToHashSet(StringComparer.Ordinal);
        if (tops.Contains(topics.TopLevel(first))) _topLevel++;
    }

    public bool Matches(string predicted, string gold)
    {
        if (predicted == gold) return true;
        if (topics.SelfAndAncestors(predicted).Contains(gold, StringComparer.Ordinal)) return true;
        return topics.Depth(predicted) >= 1 && topics.SelfAndAncestors(gold).Contains(predicted, StringComparer.Ordinal);
    }

    public IReadOnlyList<(string Name, double Value)> Values() =>
    [
        ("articles", _articles),
        ("firstExact", Ratio(_firstExact, _articles)),
        ("firstMatch", Ratio(_firstMatch, _articles)),
        ("firstTopLevel", Ratio(_topLevel, _articles)),
        ("precision", Ratio(_predictedRight, _predicted)),
        ("recall", Ratio(_requiredFound, _required)),
        ("subjectsPerArticle", Ratio(_predicted, _articles)),
    ];

    private static double Ratio(int a, int b) => b == 0 ? 0 : Math.Round((double)a / b, 4);
}
