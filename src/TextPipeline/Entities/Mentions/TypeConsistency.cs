namespace TextPipeline.Entities.Mentions;

/// <summary>
/// One type per name per article: mentions written the same way (ignoring case) take the type with the highest summed
/// recognition confidence; a tie keeps the type seen first. Names from the site's list keep their listed type.
/// </summary>
internal static class TypeConsistency
{
    public static List<EntityMention> Unify(List<EntityMention> mentions)
    {
        var votes = new Dictionary<string, List<(string Type, double Weight, int First)>>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Entry is not null) continue;
            if (!votes.TryGetValue(m.Surface, out var v))
            {
                v = [];
                votes[m.Surface] = v;
            }
            var i = v.FindIndex(x => x.Type == m.Type);
            if (i < 0) v.Add((m.Type, m.Confidence, k));
            else v[i] = (m.Type, v[i].Weight + m.Confidence, v[i].First);
        }
        var result = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.Entry is not null || !votes.TryGetValue(m.Surface, out var v) || v.Count == 1)
            {
                result.Add(m);
                continue;
            }
            var best = v.OrderByDescending(x => x.Weight).ThenBy(x => x.First).First().Type;
            result.Add(best == m.Type ? m : m with { Type = best });
        }
        return result;
    }
}
