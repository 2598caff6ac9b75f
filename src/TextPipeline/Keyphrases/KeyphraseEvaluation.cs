using TextPipeline.Pipeline;

namespace TextPipeline.Keyphrases;

/// <summary>Precision, recall and F1 at one cut-off, macro-averaged over documents.</summary>
internal sealed record PrecisionRecall(double Precision, double Recall, double F1);

/// <summary>What <see cref="KeyphraseEvaluation.Measure"/> gives.</summary>
internal sealed record KeyphraseMetrics(int Documents, PrecisionRecall At5, PrecisionRecall At10);

/// <summary>
/// Scores the keyphrases the pipeline gave (the keyphrase stage's output, as <c>run</c> writes it) against gold
/// keyphrases: lower-cased Porter-stemmed exact phrase match, duplicates removed on both sides, P/R/F1 at 5 and 10
/// macro-averaged over the documents that have gold keys (the 500N-KPCrowd convention).
/// </summary>
internal static class KeyphraseEvaluation
{
    /// <param name="gold">Gold keyphrases by article id; articles without an entry are not scored.</param>
    /// <param name="report">Called with each scored article's id and its top 10 stems, gold hits marked '+'.</param>
    public static KeyphraseMetrics Measure(IEnumerable<ArticleAnalysis> articles, IReadOnlyDictionary<string, IReadOnlyList<string>> gold, Action<string, IReadOnlyList<string>>? report = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(gold);
        var at5 = new Accumulator();
        var at10 = new Accumulator();
        foreach (var article in articles)
        {
            if (!gold.TryGetValue(article.Id, out var keys)) continue;
            var goldStems = keys.Select(PorterStemmer.StemPhrase).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            if (goldStems.Count == 0) continue;
            var predicted = article.Keyphrases.Select(k => PorterStemmer.StemPhrase(k.Text)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            report?.Invoke(article.Id, [.. predicted.Take(10).Select(p => goldStems.Contains(p) ? "+" + p : p)]);
            at5.Add([.. predicted.Take(5)], goldStems);
            at10.Add([.. predicted.Take(10)], goldStems);
        }
        return new KeyphraseMetrics(at10.Documents, at5.Result(), at10.Result());
    }

    private sealed class Accumulator
    {
        private double _p;
        private double _r;
        private double _f;

        public int Documents { get; private set; }

        public void Add(List<string> predicted, HashSet<string> gold)
        {
            Documents++;
            var hits = predicted.Count(gold.Contains);
            var p = predicted.Count == 0 ? 0 : (double)hits / predicted.Count;
            var r = (double)hits / gold.Count;
            _p += p;
            _r += r;
            _f += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public PrecisionRecall Result()
        {
            var n = Math.Max(1, Documents);
            return new PrecisionRecall(Math.Round(_p / n, 4), Math.Round(_r / n, 4), Math.Round(_f / n, 4));
        }
    }
}
