namespace TextPipeline.Tagging.Evaluation;

/// <summary>A tag as a run wrote it (articles.jsonl).</summary>
public sealed record WrittenTag(string Name, string Kind, string? Id);

/// <summary>
/// Corpus statistics of a run's tags, as a site would see its tag pages: distinct tags per 1,000 articles, share of
/// tags used by one article only, groups of tag names differing only in letter case or number, id coverage, and
/// which kinds fill each rank.
/// </summary>
public static class TagStatistics
{
    public static IReadOnlyList<(string Name, object Value)> Compute(IReadOnlyDictionary<string, IReadOnlyList<WrittenTag>> tagsByArticle)
    {
        ArgumentNullException.ThrowIfNull(tagsByArticle);
        var rows = tagsByArticle.Values.SelectMany(t => t).ToList();
        var articlesPerName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tags in tagsByArticle.Values)
        {
            foreach (var name in tags.Select(t => t.Name).Distinct(StringComparer.Ordinal)) articlesPerName[name] = articlesPerName.GetValueOrDefault(name) + 1;
        }
        var groups = articlesPerName.Keys.GroupBy(CaseAndNumberKey, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        var articles = Math.Max(1, tagsByArticle.Count);
        var kindsPerRank = new SortedDictionary<int, SortedDictionary<string, int>>();
        foreach (var tags in tagsByArticle.Values)
        {
            for (var r = 0; r < tags.Count; r++)
            {
                if (!kindsPerRank.TryGetValue(r + 1, out var kinds)) kindsPerRank[r + 1] = kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
                kinds[tags[r].Kind] = kinds.GetValueOrDefault(tags[r].Kind) + 1;
            }
        }
        return
        [
            ("articles", tagsByArticle.Count),
            ("tagRows", rows.Count),
            ("distinctTags", articlesPerName.Count),
            ("distinctTagsPer1000Articles", Math.Round(1000.0 * articlesPerName.Count / articles, 1)),
            ("shareUsedOnce", articlesPerName.Count == 0 ? 0 : Math.Round((double)articlesPerName.Values.Count(v => v == 1) / articlesPerName.Count, 4)),
            ("caseOrNumberDuplicateGroups", groups.Count),
            ("duplicateExamples", groups.Take(10).Select(g => string.Join(" / ", g.Order(StringComparer.Ordinal))).ToList()),
            ("rowsWithId", rows.Count == 0 ? 0 : Math.Round((double)rows.Count(r => !string.IsNullOrEmpty(r.Id)) / rows.Count, 4)),
            ("rowsWithKnowledgeBaseSubjectOrSiteId", rows.Count == 0 ? 0 : Math.Round((double)rows.Count(r => !string.IsNullOrEmpty(r.Id) && !r.Id.StartsWith("kp:", StringComparison.Ordinal) && !Entities.EntityIds.IsMinted(r.Id)) / rows.Count, 4)),
            ("kinds", rows.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count())),
            ("kindsPerRank", kindsPerRank.ToDictionary(p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p => (IReadOnlyDictionary<string, int>)p.Value)),
        ];
    }

    /// <summary>Lower case with each word's regular plural ending removed: "Awards", "award" and "AWARD" share a key.</summary>
    public static string CaseAndNumberKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular));
    }

    private static string Singular(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal))) return w[..^2];
        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) return w[..^1];
        return w;
    }
}
