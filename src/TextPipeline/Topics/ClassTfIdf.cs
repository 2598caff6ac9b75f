namespace TextPipeline.Topics;

/// <summary>
/// Class-based TF-IDF (as BERTopic labels topics): a term's share of a topic's words, times log(1 + average topic
/// size / the term's count over all topics). Terms frequent in one topic and rare in the others score highest.
/// </summary>
internal static class ClassTfIdf
{
    /// <summary>Per topic, the vocabulary slots ranked by c-TF-IDF, best first (ties by slot).</summary>
    public static int[][] Rank(int topics, int vocabularySize, IReadOnlyList<(int[] Slots, float[] Counts)> documents, IReadOnlyList<float[]> mixtures, int take)
    {
        var tf = new double[topics, vocabularySize];
        var classTotal = new double[topics];
        var termTotal = new double[vocabularySize];
        for (var d = 0; d < documents.Count; d++)
        {
            var (slots, counts) = documents[d];
            for (var k = 0; k < topics; k++)
            {
                var w = mixtures[d][k];
                if (w <= 0) continue;
                for (var i = 0; i < slots.Length; i++)
                {
                    var c = w * counts[i];
                    tf[k, slots[i]] += c;
                    classTotal[k] += c;
                    termTotal[slots[i]] += c;
                }
            }
        }
        var average = classTotal.Sum() / Math.Max(1, topics);
        var result = new int[topics][];
        for (var k = 0; k < topics; k++)
        {
            var scores = new double[vocabularySize];
            for (var t = 0; t < vocabularySize; t++)
            {
                scores[t] = classTotal[k] <= 0 || termTotal[t] <= 0 ? 0 : tf[k, t] / classTotal[k] * Math.Log(1 + average / termTotal[t]);
            }
            result[k] = [.. Enumerable.Range(0, vocabularySize).Where(t => scores[t] > 0)
                .OrderByDescending(t => scores[t]).ThenBy(t => t).Take(take)];
        }
        return result;
    }
}
