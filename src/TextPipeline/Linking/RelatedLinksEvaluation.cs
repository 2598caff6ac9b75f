using System.Collections.Immutable;
using TextPipeline.Pipeline;

namespace TextPipeline.Linking;

/// <summary>Precision of related links against labels.</summary>
internal sealed record RelatedLinksMetrics(int Articles, int Queries, int Copies, double PrecisionAt1, double PrecisionAtK);

/// <summary>
/// Scores related links against folder labels (the first segment of the id, "politics/044" → "politics"). Queries
/// are the canonical articles (copies are excluded, as they are from candidates); P@K divides by K, so a short list
/// counts its missing links as wrong.
/// </summary>
internal static class RelatedLinksEvaluation
{
    public static RelatedLinksMetrics Measure(ImmutableArray<ArticleAnalysis> articles, int k)
    {
        var queries = 0;
        var copies = 0;
        double hitsAt1 = 0, hitsAtK = 0;
        foreach (var a in articles)
        {
            if (a.DuplicateOf is not null)
            {
                copies++;
                continue;
            }
            queries++;
            var label = LabelOf(a.Id);
            var related = a.Related.AsSpan();
            if (related.Length > 0 && LabelOf(related[0].Id) == label) hitsAt1++;
            var same = 0;
            for (var i = 0; i < Math.Min(k, related.Length); i++)
            {
                if (LabelOf(related[i].Id) == label) same++;
            }
            hitsAtK += (double)same / Math.Max(1, k);
        }
        return new RelatedLinksMetrics(articles.Length, queries, copies, queries == 0 ? 0 : hitsAt1 / queries, queries == 0 ? 0 : hitsAtK / queries);
    }

    public static string LabelOf(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : id[..slash];
    }
}
