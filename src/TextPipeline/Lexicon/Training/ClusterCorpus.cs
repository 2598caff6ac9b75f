namespace TextPipeline.Lexicon.Training;

/// <summary>
/// The vocabulary and word bigram counts clustering works on. Words are numbered by descending count (ties in
/// ordinal order), so word 0 is the most frequent. Bigrams never cross a sentence edge or a skipped (rare) word.
/// </summary>
internal sealed class ClusterCorpus
{
    internal ClusterCorpus(string[] words, long[] counts, long tokens, WordBigrams right, WordBigrams left)
    {
        Words = words;
        Counts = counts;
        Tokens = tokens;
        Right = right;
        Left = left;
    }

    /// <summary>Vocabulary, most frequent first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Occurrences of each word.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Tokens read, including skipped rare words.</summary>
    public long Tokens { get; }

    /// <summary>For each word, the words that follow it and how often.</summary>
    internal WordBigrams Right { get; }

    /// <summary>For each word, the words that precede it and how often.</summary>
    internal WordBigrams Left { get; }

    public int VocabularySize => Words.Count;

    /// <summary>Number of bigram tokens counted.</summary>
    public long BigramCount => Right.Total;
}

/// <summary>Sparse word-by-word counts in compressed rows: row w holds (neighbour, count) pairs in neighbour order.</summary>
internal sealed class WordBigrams(int[] rowStarts, int[] neighbours, int[] counts)
{
    public ReadOnlySpan<int> Neighbours(int word) => neighbours.AsSpan(rowStarts[word], rowStarts[word + 1] - rowStarts[word]);

    public ReadOnlySpan<int> CountsOf(int word) => counts.AsSpan(rowStarts[word], rowStarts[word + 1] - rowStarts[word]);

    public long Total
    {
        get
        {
            long total = 0;
            foreach (var c in counts) total += c;
            return total;
        }
    }

    /// <summary>Builds rows from (row, column) pairs packed as <c>row &lt;&lt; 32 | column</c>.</summary>
    public static WordBigrams FromPairs(int rows, Dictionary<long, int> pairs)
    {
        var keys = pairs.Keys.ToArray();
        Array.Sort(keys);
        var rowStarts = new int[rows + 1];
        var neighbours = new int[keys.Length];
        var counts = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var row = (int)(keys[i] >> 32);
            rowStarts[row + 1]++;
            neighbours[i] = (int)(keys[i] & 0xFFFFFFFF);
            counts[i] = pairs[keys[i]];
        }
        for (var r = 0; r < rows; r++) rowStarts[r + 1] += rowStarts[r];
        return new WordBigrams(rowStarts, neighbours, counts);
    }
}
