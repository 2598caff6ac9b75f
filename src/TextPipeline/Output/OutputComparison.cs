using System.Text.Json;
using System.Text.Json.Nodes;

namespace TextPipeline.Output;

/// <summary>How two runs' <c>articles.jsonl</c> differ after an edit of one article.</summary>
/// <param name="OtherArticlesChanged">Other articles whose record differs in any field but <c>related</c>.</param>
/// <param name="RelatedChangedWithEdited">Other articles whose links changed and involve the edited article (before or after).</param>
/// <param name="RelatedChangedOtherwise">Other articles whose links changed without involving it (should be 0).</param>
/// <param name="TopicIdsChanged">Whether the set of topic ids used by the articles differs.</param>
internal sealed record EditComparison(int Articles, int OtherArticlesChanged, int RelatedChangedWithEdited, int RelatedChangedOtherwise, bool TopicIdsChanged);

/// <summary>Compares two runs' article records, for the incremental-run benchmark and tests.</summary>
internal static class OutputComparison
{
    /// <param name="editedIds">The articles edited, added or deleted between the runs.</param>
    public static EditComparison AfterEdit(string beforeJsonl, string afterJsonl, params string[] editedIds)
    {
        ArgumentNullException.ThrowIfNull(editedIds);
        ArgumentNullException.ThrowIfNull(beforeJsonl);
        ArgumentNullException.ThrowIfNull(afterJsonl);
        var before = Records(beforeJsonl);
        var after = Records(afterJsonl);
        int others = 0, withEdited = 0, otherwise = 0;
        foreach (var (id, record) in after)
        {
            if (editedIds.Contains(id) || !before.TryGetValue(id, out var old)) continue;
            var oldRelated = old["related"]!.ToJsonString();
            var newRelated = record["related"]!.ToJsonString();
            old.Remove("related");
            record.Remove("related");
            if (old.ToJsonString() != record.ToJsonString()) others++;
            if (oldRelated == newRelated) continue;
            if (editedIds.Any(e => oldRelated.Contains(Quoted(e), StringComparison.Ordinal) || newRelated.Contains(Quoted(e), StringComparison.Ordinal))) withEdited++;
            else otherwise++;
        }
        return new EditComparison(after.Count, others, withEdited, otherwise, !TopicIds(beforeJsonl).SetEquals(TopicIds(afterJsonl)));
    }

    private static string Quoted(string id) => JsonSerializer.Serialize(id);

    private static Dictionary<string, JsonObject> Records(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToDictionary(o => o["id"]!.GetValue<string>(), StringComparer.Ordinal);

    private static HashSet<int> TopicIds(string jsonl) =>
        [.. Records(jsonl).Values.SelectMany(r => r["topics"]!.AsArray().Select(t => t!["id"]!.GetValue<int>()))];
}
