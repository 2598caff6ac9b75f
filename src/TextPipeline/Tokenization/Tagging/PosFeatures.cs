namespace TextPipeline.Tokenization.Tagging;

/// <summary>The tagger's feature templates (Honnibal's classic set plus shape, affixes and word bigrams).</summary>
internal static class PosFeatures
{
    public const int Max = 32;

    public static int Extract(SentenceWords words, ReadOnlySpan<char> text, int i, int prevTag, int prev2Tag, Span<ulong> output)
    {
        var n = 0;
        var raw = text.Slice(words.Token(i).Start, words.Token(i).Length);
        var lower = words.Lower(i);
        output[n++] = FeatureHash.Of(0).Value;
        output[n++] = words.AddWord(FeatureHash.Of(1), i).Value;
        output[n++] = words.AddSuffix(FeatureHash.Of(2), i, 3).Value;
        output[n++] = words.AddSuffix(FeatureHash.Of(3), i, 2).Value;
        output[n++] = words.AddSuffix(FeatureHash.Of(4), i, 1).Value;
        output[n++] = words.AddSuffix(FeatureHash.Of(5), i, 4).Value;
        output[n++] = FeatureHash.Of(6).Add(lower.Length > 0 ? lower[..1] : lower).Value;
        output[n++] = FeatureHash.Of(7).Add(lower.Length > 2 ? lower[..3] : lower).Value;
        output[n++] = FeatureHash.Of(8).Add(prevTag).Value;
        output[n++] = FeatureHash.Of(9).Add(prev2Tag).Value;
        output[n++] = FeatureHash.Of(10).Add(prevTag).Add(prev2Tag).Value;
        output[n++] = words.AddWord(FeatureHash.Of(11).Add(prevTag), i).Value;
        output[n++] = words.AddWord(FeatureHash.Of(12), i - 1).Value;
        output[n++] = words.AddSuffix(FeatureHash.Of(13), i - 1, 3).Value;
        output[n++] = words.AddWord(FeatureHash.Of(14), i - 2).Value;
        output[n++] = words.AddWord(FeatureHash.Of(15), i + 1).Value;
        output[n++] = words.AddSuffix(FeatureHash.Of(16), i + 1, 3).Value;
        output[n++] = words.AddWord(FeatureHash.Of(17), i + 2).Value;
        Span<char> shape = stackalloc char[WordShape.MaxLength];
        var shapeLength = WordShape.Write(raw, shape);
        output[n++] = FeatureHash.Of(18).Add(shape[..shapeLength]).Value;
        output[n++] = FeatureHash.Of(19).Add(shape[..shapeLength]).Add(prevTag).Value;
        output[n++] = words.AddWord(words.AddWord(FeatureHash.Of(20), i - 1), i).Value;
        output[n++] = words.AddWord(words.AddWord(FeatureHash.Of(21), i), i + 1).Value;
        output[n++] = words.AddSuffix(FeatureHash.Of(22).Add(prevTag), i, 3).Value;
        output[n++] = FeatureHash.Of(23).Add(i == 0 ? 1 : 0).Add(shapeLength > 0 && shape[0] == 'X' ? 1 : 0).Value;
        if (i + 1 < words.Count)
        {
            var next = words.Token(i + 1);
            Span<char> nextShape = stackalloc char[WordShape.MaxLength];
            var nextLength = WordShape.Write(text.Slice(next.Start, next.Length), nextShape);
            output[n++] = FeatureHash.Of(24).Add(nextShape[..nextLength]).Value;
        }
        if (!raw.SequenceEqual(lower)) output[n++] = FeatureHash.Of(25).Add(raw).Value;
        output[n++] = words.AddWord(words.AddWord(FeatureHash.Of(26), i - 1), i + 1).Value;
        return n;
    }
}
