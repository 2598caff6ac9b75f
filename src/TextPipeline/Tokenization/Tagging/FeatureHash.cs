namespace TextPipeline.Tokenization.Tagging;

/// <summary>FNV-1a 64-bit hashing of feature templates and their string parts, with no allocation.</summary>
internal struct FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private ulong _h;

    public static FeatureHash Of(int template)
    {
        var h = new FeatureHash { _h = Offset };
        h.Add(template);
        return h;
    }

    public FeatureHash Add(int value)
    {
        for (var i = 0; i < 4; i++)
        {
            _h ^= (byte)(value >> (8 * i));
            _h *= Prime;
        }
        return this;
    }

    public FeatureHash Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _h ^= (byte)c;
            _h *= Prime;
            _h ^= (byte)(c >> 8);
            _h *= Prime;
        }
        // Separator, so ("ab","c") and ("a","bc") differ.
        _h ^= 0xFF;
        _h *= Prime;
        return this;
    }

    public readonly ulong Value => _h;
}
