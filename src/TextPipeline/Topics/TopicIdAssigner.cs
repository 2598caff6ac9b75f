namespace TextPipeline.Topics;

/// <summary>
/// Gives a retrained model's topics the ids of the previous model's topics they match (Hungarian matching on the
/// cosine similarity of their term distributions); topics with no good match get fresh ids, never reused ones.
/// </summary>
internal static class TopicIdAssigner
{
    /// <summary>Below this cosine similarity two topics are different topics, whatever the matching says.</summary>
    public const double MinSimilarity = 0.2;

    public static (int[] Ids, int NextId) Assign(IReadOnlyList<IReadOnlyList<TermWeight>> newTopics, TopicModelMetadata? previous)
    {
        if (previous is null || previous.TopicList.Count == 0)
        {
            return ([.. Enumerable.Range(0, newTopics.Count)], Math.Max(newTopics.Count, previous?.NextId ?? 0));
        }
        var old = previous.TopicList;
        var similarity = new double[newTopics.Count, old.Count];
        for (var i = 0; i < newTopics.Count; i++)
        {
            for (var j = 0; j < old.Count; j++) similarity[i, j] = Cosine(newTopics[i], old[j].Terms);
        }
        var match = HungarianMatcher.Maximise(similarity);
        var next = Math.Max(previous.NextId, old.Max(t => t.Id) + 1);
        var ids = new int[newTopics.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = match[i] >= 0 && similarity[i, match[i]] >= MinSimilarity ? old[match[i]].Id : next++;
        }
        return (ids, next);
    }

    public static double Cosine(IReadOnlyList<TermWeight> a, IReadOnlyList<TermWeight> b)
    {
        var byKey = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in a) byKey[t.Key] = t.Weight;
        double dot = 0, na = a.Sum(t => t.Weight * t.Weight), nb = b.Sum(t => t.Weight * t.Weight);
        foreach (var t in b)
        {
            if (byKey.TryGetValue(t.Key, out var w)) dot += w * t.Weight;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
