namespace TextPipeline.Linking;

/// <summary>
/// Inverted index over each article's highest-weighted terms, with every posting list cut to the articles that
/// weigh the term most. A query touches at most (terms per article × postings per term) entries, so finding
/// candidates for every article (only those <c>isCandidate</c> accepts enter the index) costs about linearly in the number of articles, never all pairs.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly (int Article, float Weight)[][] _postings;
    private readonly int[][] _topTerms;

    public CandidateIndex(SparseVector[] vectors, Func<int, bool> isCandidate, int termsPerArticle, int maxPostings, ParallelOptions parallel)
    {
        var topTerms = new int[vectors.Length][];
        Parallel.For(0, vectors.Length, parallel, a => topTerms[a] = TopTerms(vectors[a], termsPerArticle));
        _topTerms = topTerms;

        var vocabularySize = 0;
        foreach (var v in vectors)
        {
            if (!v.IsEmpty) vocabularySize = Math.Max(vocabularySize, v.Terms[^1] + 1);
        }
        var lists = new List<(int Article, float Weight)>?[vocabularySize];
        for (var a = 0; a < vectors.Length; a++)
        {
            if (!isCandidate(a)) continue;
            foreach (var position in topTerms[a])
            {
                var term = vectors[a].Terms[position];
                (lists[term] ??= []).Add((a, vectors[a].Weights[position]));
            }
        }
        var postings = new (int Article, float Weight)[vocabularySize][];
        Parallel.For(0, vocabularySize, parallel, t =>
        {
            var list = lists[t];
            if (list is null)
            {
                postings[t] = [];
                return;
            }
            if (list.Count > maxPostings)
            {
                list.Sort((x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Article.CompareTo(y.Article));
                list.RemoveRange(maxPostings, list.Count - maxPostings);
            }
            postings[t] = [.. list];
        });
        _postings = postings;
    }

    /// <summary>Positions (into the vector) of the article's highest-weighted terms, best first, ties by term id.</summary>
    private static int[] TopTerms(SparseVector vector, int count)
    {
        var positions = Enumerable.Range(0, vector.Terms.Length).ToArray();
        Array.Sort(positions, (x, y) => vector.Weights[x] != vector.Weights[y] ? vector.Weights[y].CompareTo(vector.Weights[x]) : x.CompareTo(y));
        return positions.Length <= count ? positions : positions[..count];
    }

    /// <summary>
    /// Adds the partial dot products of <paramref name="article"/>'s top terms with every article in their posting
    /// lists into <paramref name="scratch"/> and lists the touched articles in <paramref name="touched"/>.
    /// </summary>
    public void Accumulate(int article, SparseVector vector, float[] scratch, List<int> touched)
    {
        foreach (var position in _topTerms[article])
        {
            var weight = vector.Weights[position];
            foreach (var (other, w) in _postings[vector.Terms[position]])
            {
                if (scratch[other] == 0) touched.Add(other);
                scratch[other] += weight * w;
            }
        }
    }
}
