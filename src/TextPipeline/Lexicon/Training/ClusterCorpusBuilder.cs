namespace TextPipeline.Lexicon.Training;

/// <summary>Collects sentences (digits normalised), then keeps words with at least a minimum count and counts bigrams.</summary>
internal sealed class ClusterCorpusBuilder
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<long> _counts = [];
    private readonly List<int[]> _sentences = [];
    private long _tokens;

    public long Tokens => _tokens;

    public int Sentences => _sentences.Count;

    public void AddSentence(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0) return;
        var ids = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var form = WordForm.NormalizeDigits(tokens[i]);
            if (!_ids.TryGetValue(form, out var id))
            {
                id = _words.Count;
                _ids.Add(form, id);
                _words.Add(form);
                _counts.Add(0);
            }
            _counts[id]++;
            ids[i] = id;
        }
        _tokens += ids.Length;
        _sentences.Add(ids);
    }

    /// <summary>Keeps the <paramref name="maxVocabulary"/> most frequent words seen at least <paramref name="minCount"/> times.</summary>
    public ClusterCorpus Build(int minCount, int maxVocabulary)
    {
        var kept = Enumerable.Range(0, _words.Count)
            .Where(i => _counts[i] >= minCount && _words[i].Length <= WordForm.MaxLength)
            .OrderByDescending(i => _counts[i])
            .ThenBy(i => _words[i], StringComparer.Ordinal)
            .Take(maxVocabulary)
            .ToArray();
        var newId = new int[_words.Count];
        Array.Fill(newId, -1);
        for (var i = 0; i < kept.Length; i++) newId[kept[i]] = i;

        var right = new Dictionary<long, int>();
        var left = new Dictionary<long, int>();
        foreach (var sentence in _sentences)
        {
            for (var i = 1; i < sentence.Length; i++)
            {
                var a = newId[sentence[i - 1]];
                var b = newId[sentence[i]];
                if (a < 0 || b < 0) continue;
                var ab = ((long)a << 32) | (uint)b;
                var ba = ((long)b << 32) | (uint)a;
                right[ab] = right.GetValueOrDefault(ab) + 1;
                left[ba] = left.GetValueOrDefault(ba) + 1;
            }
        }
        return new ClusterCorpus(
            kept.Select(i => _words[i]).ToArray(),
            kept.Select(i => _counts[i]).ToArray(),
            _tokens,
            WordBigrams.FromPairs(kept.Length, right),
            WordBigrams.FromPairs(kept.Length, left));
    }
}
