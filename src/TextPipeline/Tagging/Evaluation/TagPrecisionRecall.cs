namespace TextPipeline.Tagging.Evaluation;

/// <summary>
/// Precision and recall at k of a run's tags against editor gold, macro-averaged over the gold articles: precision =
/// share of the first k tags (or all, when fewer) that match any gold line; recall = share of the article's core
/// gold lines matched by one of the first k tags.
/// </summary>
public sealed class TagPrecisionRecall(int k)
{
    private double _precision;
    private double _recall;
    private int _articles;

    public int K => k;

    public int Articles => _articles;

    public double Precision => _articles == 0 ? 0 : Math.Round(_precision / _articles, 4);

    public double Recall => _articles == 0 ? 0 : Math.Round(_recall / _articles, 4);

    /// <summary>Adds one article; returns which of its first k tags matched (for listings).</summary>
    public IReadOnlyList<bool> Add(IReadOnlyList<WrittenTag> predicted, IReadOnlyList<TagGoldLine> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var top = predicted.Take(k).ToList();
        var hits = top.Select(t => gold.Any(g => g.Matches(t.Name, t.Id))).ToList();
        var core = gold.Where(g => g.Core).ToList();
        _articles++;
        _precision += top.Count == 0 ? 0 : (double)hits.Count(h => h) / top.Count;
        _recall += core.Count == 0 ? 1 : (double)core.Count(g => top.Any(t => g.Matches(t.Name, t.Id))) / core.Count;
        return hits;
    }
}
