namespace TextPipeline.Tokenization.Tagging;

/// <summary>The tagger's feature templates (Honnibal's classic set plus shape, affixes, word bigrams and ambiguity classes).</summary>
internal static class PosFeatures
{
    public const int Max = 64;

    /// <summary>Stand-in first-pass tags past the end of the sentence (beyond the 17 UPOS values).</summary>
    public const int EndTag = 102;
    public const int End2Tag = 103;

    public static int Extract(SentenceWords w, ReadOnlySpan<int> classes, int i, int prevTag, int prev2Tag, Span<ulong> output)
    {
        var n = 0;
        ulong prev = (ulong)prevTag, prev2 = (ulong)prev2Tag;
        var word = w.Key(i, SentenceWords.Word);
        var suffix3 = w.Key(i, SentenceWords.Suffix3);
        var shape = w.Key(i, SentenceWords.Shape);
        var before = w.Key(i - 1, SentenceWords.Word);
        var after = w.Key(i + 1, SentenceWords.Word);
        output[n++] = KeyMix.Template(0);
        output[n++] = KeyMix.Of(1, word);
        output[n++] = KeyMix.Of(2, suffix3);
        output[n++] = KeyMix.Of(3, w.Key(i, SentenceWords.Suffix2));
        output[n++] = KeyMix.Of(4, w.Key(i, SentenceWords.Suffix1));
        output[n++] = KeyMix.Of(5, w.Key(i, SentenceWords.Suffix4));
        output[n++] = KeyMix.Of(6, w.Key(i, SentenceWords.Prefix1));
        output[n++] = KeyMix.Of(7, w.Key(i, SentenceWords.Prefix3));
        output[n++] = KeyMix.Of(8, prev);
        output[n++] = KeyMix.Of(9, prev2);
        output[n++] = KeyMix.Of(10, prev, prev2);
        output[n++] = KeyMix.Of(11, prev, word);
        output[n++] = KeyMix.Of(12, before);
        output[n++] = KeyMix.Of(13, w.Key(i - 1, SentenceWords.Suffix3));
        output[n++] = KeyMix.Of(14, w.Key(i - 2, SentenceWords.Word));
        output[n++] = KeyMix.Of(15, after);
        output[n++] = KeyMix.Of(16, w.Key(i + 1, SentenceWords.Suffix3));
        output[n++] = KeyMix.Of(17, w.Key(i + 2, SentenceWords.Word));
        output[n++] = KeyMix.Of(18, shape);
        output[n++] = KeyMix.Of(19, shape, prev);
        output[n++] = KeyMix.Of(20, before, word);
        output[n++] = KeyMix.Of(21, word, after);
        output[n++] = KeyMix.Of(22, prev, suffix3);
        output[n++] = KeyMix.Of(23, i == 0 ? 1UL : 0UL, w.Key(i, SentenceWords.Capitalized));
        if (i + 1 < w.Count) output[n++] = KeyMix.Of(24, w.Key(i + 1, SentenceWords.Shape));
        var raw = w.Key(i, SentenceWords.Raw);
        if (raw != 0) output[n++] = KeyMix.Of(25, raw);
        output[n++] = KeyMix.Of(26, before, after);
        // Ambiguity classes: the set of tags each word had in training (0 = unseen).
        var here = (ulong)classes[i];
        var next1 = i + 1 < classes.Length ? (ulong)classes[i + 1] : ulong.MaxValue;
        var next2 = i + 2 < classes.Length ? (ulong)classes[i + 2] : ulong.MaxValue;
        output[n++] = KeyMix.Of(27, here);
        output[n++] = KeyMix.Of(28, here, prev);
        output[n++] = KeyMix.Of(29, next1);
        output[n++] = KeyMix.Of(30, here, next1);
        output[n++] = KeyMix.Of(31, next2);
        output[n++] = KeyMix.Of(32, prev, here, next1);
        // Word clusters of words i-1, i, i+1 at four granularities; none when a word has no cluster (or no clusters
        // are loaded), so a model trained without clusters is unchanged.
        for (var j = Math.Max(0, i - 1); j <= i + 1 && j < w.Count; j++)
        {
            var template = 50 + 4 * (j - i + 1);
            for (var k = 0; k < 4; k++)
            {
                var prefix = w.Key(j, SentenceWords.Cluster4 + k);
                if (prefix != 0) output[n++] = KeyMix.Of(template + k, prefix);
            }
        }
        return n;
    }

    /// <summary>
    /// Right-context templates of the second pass: the first pass's tags of words i+1 and i+2 (the greedy left-to-right
    /// pass cannot see them), alone and with the left tag and the current word.
    /// </summary>
    public static int ExtractRight(SentenceWords w, int i, int prevTag, int next1Tag, int next2Tag, Span<ulong> output)
    {
        var n = 0;
        ulong prev = (ulong)prevTag, next1 = (ulong)next1Tag, next2 = (ulong)next2Tag;
        output[n++] = KeyMix.Of(40, next1);
        output[n++] = KeyMix.Of(41, next1, next2);
        output[n++] = KeyMix.Of(42, prev, next1);
        output[n++] = KeyMix.Of(43, next1, w.Key(i, SentenceWords.Word));
        output[n++] = KeyMix.Of(44, next1, w.Key(i, SentenceWords.Suffix3));
        output[n++] = KeyMix.Of(45, next1, w.Key(i + 1, SentenceWords.Word));
        return n;
    }
}
