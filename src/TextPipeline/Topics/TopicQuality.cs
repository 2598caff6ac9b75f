namespace TextPipeline.Topics;

/// <summary>
/// Topic-model quality measures: NPMI coherence of top terms by document co-occurrence, topic diversity, and purity
/// and NMI of the dominant topic against gold labels.
/// </summary>
internal static class TopicQuality
{
    /// <summary>Mean NPMI over all pairs of each topic's top terms; a pair never seen together scores -1.</summary>
    public static double Npmi(IReadOnlyList<IReadOnlyList<string>> topicTerms, IReadOnlyList<List<TopicTerm>> documents)
    {
        var wanted = topicTerms.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        var postings = wanted.ToDictionary(t => t, _ => new List<int>(), StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var key in documents[d].Select(t => t.Key).Distinct(StringComparer.Ordinal))
            {
                if (postings.TryGetValue(key, out var list)) list.Add(d);
            }
        }
        double n = documents.Count, total = 0;
        var pairs = 0;
        foreach (var terms in topicTerms)
        {
            for (var i = 0; i < terms.Count; i++)
            {
                for (var j = i + 1; j < terms.Count; j++)
                {
                    var a = postings[terms[i]];
                    var b = postings[terms[j]];
                    var both = IntersectCount(a, b);
                    pairs++;
                    if (both == 0) { total += -1; continue; }
                    var pij = both / n;
                    if (pij >= 1) { total += 1; continue; }
                    total += Math.Log(pij / (a.Count / n * (b.Count / n))) / -Math.Log(pij);
                }
            }
        }
        return pairs == 0 ? 0 : total / pairs;
    }

    /// <summary>Share of unique terms among all topics' top terms (1 = no term shared).</summary>
    public static double Diversity(IReadOnlyList<IReadOnlyList<string>> topicTerms)
    {
        var all = topicTerms.Sum(t => t.Count);
        return all == 0 ? 0 : topicTerms.SelectMany(t => t).Distinct(StringComparer.Ordinal).Count() / (double)all;
    }

    /// <summary>Share of articles whose cluster's majority label is their own label.</summary>
    public static double Purity(IReadOnlyList<int> clusters, IReadOnlyList<string> labels)
    {
        if (clusters.Count == 0) return 0;
        var majority = clusters.Zip(labels).GroupBy(p => p.First)
            .Sum(g => g.GroupBy(p => p.Second, StringComparer.Ordinal).Max(l => l.Count()));
        return majority / (double)clusters.Count;
    }

    /// <summary>Normalised mutual information, arithmetic-mean normalisation (scikit-learn's default).</summary>
    public static double Nmi(IReadOnlyList<int> clusters, IReadOnlyList<string> labels)
    {
        double n = clusters.Count;
        if (n == 0) return 0;
        var clusterCounts = clusters.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var labelCounts = labels.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var mi = 0.0;
        foreach (var cell in clusters.Zip(labels).GroupBy(p => p))
        {
            var nij = cell.Count();
            mi += nij / n * Math.Log(n * nij / ((double)clusterCounts[cell.Key.First] * labelCounts[cell.Key.Second]));
        }
        var hc = Entropy(clusterCounts.Values, n);
        var hl = Entropy(labelCounts.Values, n);
        var mean = (hc + hl) / 2;
        return mean <= 0 ? 1 : Math.Clamp(mi / mean, 0, 1);
    }

    private static double Entropy(IEnumerable<int> counts, double n) => -counts.Sum(c => c / n * Math.Log(c / n));

    private static int IntersectCount(List<int> a, List<int> b)
    {
        int i = 0, j = 0, both = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i] == b[j]) { both++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return both;
    }
}
