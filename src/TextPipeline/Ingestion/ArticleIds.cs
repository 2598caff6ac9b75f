using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Ingestion;

/// <summary>Makes article ids unique (TP1017) and reports byte-identical inputs (TP1011). Output is sorted by id.</summary>
internal static class ArticleIds
{
    public static ImmutableArray<Article> MakeUnique(List<Article> articles)
    {
        var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        var result = new List<Article>(articles.Count);
        // Inputs come in walk order; the first keeps the plain id, later ones keep their extension or get a suffix.
        foreach (var article in articles)
        {
            var id = article.Id;
            if (byId.TryGetValue(id, out var first))
            {
                var candidate = article.Path.Contains('#', StringComparison.Ordinal) || id.Contains('#', StringComparison.Ordinal) ? id : article.Path;
                var n = 2;
                var unique = candidate;
                while (byId.ContainsKey(unique)) unique = $"{candidate}~{n++}";
                var diagnostic = Diagnostic.Create(IngestionDiagnostics.DuplicateId, article.Path, null, unique, id, first.Path, unique);
                var renamed = article with
                {
                    Id = unique,
                    Diagnostics = article.Diagnostics.Select(d => d with { ArticleId = unique }).Append(diagnostic).ToEquatableArray(),
                };
                byId[unique] = renamed;
                result.Add(renamed);
            }
            else
            {
                byId[id] = article;
                result.Add(article);
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return [.. result];
    }

    public static ImmutableArray<Article> ReportExactDuplicates(ImmutableArray<Article> sortedById)
    {
        var firstBySha = new Dictionary<string, string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<Article>(sortedById.Length);
        foreach (var article in sortedById)
        {
            if (article.Text.Length > 0 && firstBySha.TryGetValue(article.Sha256, out var firstId))
            {
                builder.Add(article with
                {
                    Diagnostics = article.Diagnostics
                        .Append(Diagnostic.Create(IngestionDiagnostics.ExactDuplicate, article.Path, null, article.Id, firstId))
                        .ToEquatableArray(),
                });
            }
            else
            {
                firstBySha.TryAdd(article.Sha256, article.Id);
                builder.Add(article);
            }
        }
        return builder.MoveToImmutable();
    }
}
