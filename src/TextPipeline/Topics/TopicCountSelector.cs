using System.Globalization;

namespace TextPipeline.Topics;

/// <summary>
/// <c>--topics auto</c>: trains each K of a small grid on 80% of the articles (at most <see cref="SearchDocuments"/> of
/// them, within <see cref="SearchBudget"/> sampler iterations; only the top terms are read)
/// and scores the NPMI of its top 10 terms by co-occurrence in the held-out 20%; the smallest K within
/// <see cref="NpmiTolerance"/> of the most coherent wins. The curve goes to the log.
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

    /// <summary>
    /// Sampler work the search may spend, in article-iterations summed over the candidates; above it every candidate
    /// gets the same share of the final model's iterations. On BBC (1,000 articles, K=5-15 at 300 iterations and
    /// K=20-25 at 100) that share is a half. Measured there: at half, K=5 led on seeds 0, 1 and 2 by 0.020-0.036 NPMI;
    /// at a third K=10 or K=15 won on one seed in three, and with 800 articles at half K=15 won on two; the full search
    /// (all of the 80%, all iterations, 3.6 times the cost) chose K=5 on seed 0 and K=10 on seeds 1 and 2. Smaller
    /// corpora (under about 500 articles) stay within the budget, so their search is the full one.
    /// </summary>
    public const long SearchBudget = 550_000;

    /// <summary>
    /// Most training articles a candidate is trained on (an evenly spaced sample of the 80%): the sampler's time is
    /// linear in the articles, so the search costs the same on any corpus above this size.
    /// </summary>
    public const int SearchDocuments = 1000;

    public static (int Topics, IReadOnlyList<TopicCountScore> Curve) Select(
        IReadOnlyList<TopicDocument> documents, TopicTrainingOptions options, TermMode mode, IProgress<string>? log = null) =>
        Select(documents, options, log, SearchBudget, SearchDocuments);

    /// <summary>Select with the search's cost knobs: its sampler budget and the most training articles a candidate sees.</summary>
    internal static (int Topics, IReadOnlyList<TopicCountScore> Curve) Select(
        IReadOnlyList<TopicDocument> documents, TopicTrainingOptions options, IProgress<string>? log, long budget, int maxDocuments)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var candidates = Grid.Where(k => k * MinArticlesPerTopic <= documents.Count).ToList();
        if (candidates.Count == 0) candidates.Add(Math.Max(2, documents.Count / MinArticlesPerTopic));
        if (candidates.Count == 1) return (candidates[0], []);
        var order = TopicTrainer.SeededOrder(documents.Count, options.Seed);
        var heldOut = order.Where((_, i) => i % 5 == 4).Order().Select(i => documents[i]).ToList();
        var training = EvenlySpaced(order.Where((_, i) => i % 5 != 4).Order().Select(i => documents[i]).ToList(), maxDocuments);
        var heldOutTerms = heldOut.Select(d => d.Terms).ToList();
        var full = (double)training.Count * candidates.Sum(k => (options with { Topics = k }).Iterations);
        var iterationShare = full <= budget ? 1 : budget / full;
        var curve = new List<TopicCountScore>();
        foreach (var k in candidates)
        {
            IReadOnlyList<IReadOnlyList<string>> topicTerms;
            try
            {
                var candidate = options with { Topics = k };
                if (iterationShare < 1) candidate = candidate with { Iterations = Math.Max(1, (int)Math.Round(candidate.Iterations * iterationShare)) };
                topicTerms = TopicTrainer.TopicTermKeys(training, candidate, 25);
            }
            catch (TopicTrainingException)
            {
                break;
            }
            var top10 = topicTerms.Select(t => (IReadOnlyList<string>)[.. t.Take(10)]).ToList();
            var score = new TopicCountScore(k, Math.Round(TopicQuality.Npmi(top10, heldOutTerms), 4), Math.Round(TopicQuality.Diversity(topicTerms), 4));
            curve.Add(score);
            log?.Report(string.Create(CultureInfo.InvariantCulture, $"topics auto: K={k,3}  held-out NPMI {score.Npmi:0.0000}  diversity {score.Diversity:0.000}"));
        }
        if (curve.Count == 0) return (candidates[0], curve);
        return (Choose(curve), curve);
    }

    /// <summary>At most <paramref name="max"/> items, evenly spaced (the list is in id order, so folders keep their shares).</summary>
    internal static List<T> EvenlySpaced<T>(List<T> items, int max)
    {
        if (items.Count <= max) return items;
        return [.. Enumerable.Range(0, max).Select(i => items[(int)((long)i * items.Count / max)])];
    }

    /// <summary>The smallest K whose NPMI is within <see cref="NpmiTolerance"/> of the best.</summary>
    public static int Choose(IReadOnlyList<TopicCountScore> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var best = curve.Max(s => s.Npmi);
        return curve.Where(s => s.Npmi >= best - NpmiTolerance).Min(s => s.Topics);
    }
}
