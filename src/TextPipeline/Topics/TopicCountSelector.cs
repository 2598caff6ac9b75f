using System.Globalization;

namespace TextPipeline.Topics;

/// <summary>
/// <c>--topics auto</c>: trains each K of a small grid on 80% of the articles and scores the NPMI of its top 10 terms
/// by co-occurrence in the held-out 20%; the smallest K within <see cref="NpmiTolerance"/> of the most coherent wins.
/// The curve goes to the log.
/// </summary>
internal static class TopicCountSelector
{
    public static IReadOnlyList<int> Grid { get; } = [5, 10, 15, 20, 25];

    /// <summary>Fewest articles per topic for a K to be tried.</summary>
    public const int MinArticlesPerTopic = 10;

    /// <summary>
    /// NPMI differences below this are noise (seed-to-seed ranges on BBC are 0.007-0.03), so the simpler model wins:
    /// on BBC K=5 scored 0.2482 and K=10 0.2483.
    /// </summary>
    public const double NpmiTolerance = 0.005;

    public static (int Topics, IReadOnlyList<TopicCountScore> Curve) Select(
        IReadOnlyList<TopicDocument> documents, TopicTrainingOptions options, TermMode mode, IProgress<string>? log = null)
    {
        var candidates = Grid.Where(k => k * MinArticlesPerTopic <= documents.Count).ToList();
        if (candidates.Count == 0) candidates.Add(Math.Max(2, documents.Count / MinArticlesPerTopic));
        if (candidates.Count == 1) return (candidates[0], []);
        var order = TopicTrainer.SeededOrder(documents.Count, options.Seed);
        var heldOut = order.Where((_, i) => i % 5 == 4).Order().Select(i => documents[i]).ToList();
        var training = order.Where((_, i) => i % 5 != 4).Order().Select(i => documents[i]).ToList();
        var heldOutTerms = heldOut.Select(d => d.Terms).ToList();
        var curve = new List<TopicCountScore>();
        foreach (var k in candidates)
        {
            TopicModel model;
            try
            {
                model = TopicTrainer.Train(training, options with { Topics = k }, mode);
            }
            catch (TopicTrainingException)
            {
                break;
            }
            var top10 = model.Metadata.TopicList.Select(t => (IReadOnlyList<string>)[.. t.Terms.Take(10).Select(w => w.Key)]).ToList();
            var top25 = model.Metadata.TopicList.Select(t => (IReadOnlyList<string>)[.. t.Terms.Take(25).Select(w => w.Key)]).ToList();
            var score = new TopicCountScore(k, Math.Round(TopicQuality.Npmi(top10, heldOutTerms), 4), Math.Round(TopicQuality.Diversity(top25), 4));
            curve.Add(score);
            log?.Report(string.Create(CultureInfo.InvariantCulture, $"topics auto: K={k,3}  held-out NPMI {score.Npmi:0.0000}  diversity {score.Diversity:0.000}"));
        }
        if (curve.Count == 0) return (candidates[0], curve);
        return (Choose(curve), curve);
    }

    /// <summary>The smallest K whose NPMI is within <see cref="NpmiTolerance"/> of the best.</summary>
    public static int Choose(IReadOnlyList<TopicCountScore> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var best = curve.Max(s => s.Npmi);
        return curve.Where(s => s.Npmi >= best - NpmiTolerance).Min(s => s.Topics);
    }
}
