using System.Collections.Immutable;
using System.Text.Json;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// Scores <see cref="HtmlArticleExtractor"/> on the article-extraction benchmark: per-page shingle precision and recall
/// are averaged over pages (precision over pages that predicted something, recall over pages with gold text), and F1
/// is the harmonic mean of the two averages, as the benchmark's <c>evaluate.py</c> computes it.
/// </summary>
internal static class ExtractionEvaluator
{
    /// <summary>Reads <c>ground-truth.json</c> (id → { articleBody }) into id → body, sorted by id.</summary>
    public static ImmutableArray<KeyValuePair<string, string>> ReadGold(string goldPath)
    {
        using var stream = File.OpenRead(goldPath);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        // Prediction files may wrap items as { "version": …, "output": { … } }; accept the same for gold.
        if (root.TryGetProperty("output", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object) root = wrapped;
        var gold = new List<KeyValuePair<string, string>>();
        foreach (var item in root.EnumerateObject())
        {
            var body = item.Value.ValueKind == JsonValueKind.Object && item.Value.TryGetProperty("articleBody", out var b)
                && b.ValueKind == JsonValueKind.String ? b.GetString() ?? "" : "";
            gold.Add(new(item.Name, body));
        }
        return [.. gold.OrderBy(g => g.Key, StringComparer.Ordinal)];
    }

    /// <summary>Extracts every gold page from <paramref name="htmlDirectory"/> (<c>id.html.gz</c> or <c>id.html</c>) and scores it.</summary>
    public static ExtractionReport Evaluate(string htmlDirectory, string goldPath, CancellationToken cancellationToken = default) =>
        Score(Load(htmlDirectory, goldPath), HtmlExtractionSettings.Default, cancellationToken);

    /// <summary>Every gold page with its HTML (null when the page file is missing), sorted by id.</summary>
    public static ImmutableArray<GoldPage> Load(string htmlDirectory, string goldPath) =>
        [.. ReadGold(goldPath).Select(g => new GoldPage(g.Key, g.Value, FindPage(htmlDirectory, g.Key) is { } path ? HtmlPageReader.Read(path) : null))];

    /// <summary>Extracts each page with <paramref name="settings"/> and scores it against its gold body.</summary>
    public static ExtractionReport Score(IReadOnlyList<GoldPage> pages, HtmlExtractionSettings settings, CancellationToken cancellationToken = default)
    {
        var scores = new PageScore[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var page = pages[i];
            var predicted = page.Html is null ? "" : HtmlArticleExtractor.Extract(page.Html, settings).Text;
            scores[i] = new PageScore(page.Id, ShingleMatcher.Match(page.Gold, predicted), page.Html is not null, predicted);
        });
        return Summarize([.. scores]);
    }

    public static ExtractionReport Summarize(ImmutableArray<PageScore> pages)
    {
        var precisions = pages.Where(p => p.Counts.TruePositives + p.Counts.FalsePositives > 0).Select(p => p.Counts.Precision).ToList();
        var recalls = pages.Where(p => p.Counts.TruePositives + p.Counts.FalseNegatives > 0).Select(p => p.Counts.Recall).ToList();
        var precision = precisions.Count > 0 ? precisions.Average() : 0;
        var recall = recalls.Count > 0 ? recalls.Average() : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new ExtractionReport(precision, recall, f1, pages);
    }

    private static string? FindPage(string directory, string id)
    {
        foreach (var name in new[] { id + ".html.gz", id + ".html", id + ".htm" })
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path)) return path;
        }
        return null;
    }
}

/// <summary>A benchmark page: id, gold article body, and the page's HTML (null when missing).</summary>
internal sealed record GoldPage(string Id, string Gold, string? Html);

internal sealed record PageScore(string Id, ShingleCounts Counts, bool Found, string Predicted)
{
    public double F1 => Counts.Precision + Counts.Recall > 0
        ? 2 * Counts.Precision * Counts.Recall / (Counts.Precision + Counts.Recall) : 0;
}

internal sealed record ExtractionReport(double Precision, double Recall, double F1, ImmutableArray<PageScore> Pages);
