using TextPipeline.Pipeline;

namespace TextPipeline.Summarization;

/// <summary>Mean ROUGE F1 scores over documents.</summary>
internal sealed record RougeMeans(double Rouge1, double Rouge2, double RougeL, double RougeLsum);

/// <summary>What <see cref="SummaryEvaluation.Measure"/> gives: our summaries and Lead-N on the same sentences.</summary>
internal sealed record SummaryMetrics(int Documents, int Sentences, RougeMeans System, RougeMeans Lead);

/// <summary>
/// Scores the summaries the pipeline gave (the summary stage's output, as <c>run</c> writes it) against reference
/// summaries with ROUGE-1/2/L/Lsum F1 (Porter-stemmed), beside the Lead-N baseline cut from the same tokenized
/// document, so both see the same sentences.
/// </summary>
internal static class SummaryEvaluation
{
    /// <param name="references">Reference sentences by article id; articles without one are not scored.</param>
    /// <param name="leadSentences">N of the Lead-N baseline.</param>
    public static SummaryMetrics Measure(IEnumerable<ArticleAnalysis> articles, IReadOnlyDictionary<string, IReadOnlyList<string>> references, int leadSentences)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(references);
        var system = new Accumulator();
        var lead = new Accumulator();
        foreach (var article in articles)
        {
            if (!references.TryGetValue(article.Id, out var reference) || reference.Count == 0 || article.Document is not { } document) continue;
            var text = article.Article.Text;
            system.Add(Rouge.Score([.. article.Summary.Sentences.Select(text.ToString)], reference));
            lead.Add(Rouge.Score([.. Summarizer.Lead(document, leadSentences).Sentences.Select(text.ToString)], reference));
        }
        return new SummaryMetrics(system.Documents, leadSentences, system.Result(), lead.Result());
    }

    private sealed class Accumulator
    {
        private double _r1;
        private double _r2;
        private double _rl;
        private double _rlsum;

        public int Documents { get; private set; }

        public void Add(Rouge.Scores s)
        {
            Documents++;
            _r1 += s.Rouge1;
            _r2 += s.Rouge2;
            _rl += s.RougeL;
            _rlsum += s.RougeLsum;
        }

        public RougeMeans Result()
        {
            var n = Math.Max(1, Documents);
            return new RougeMeans(Math.Round(_r1 / n, 4), Math.Round(_r2 / n, 4), Math.Round(_rl / n, 4), Math.Round(_rlsum / n, 4));
        }
    }
}
