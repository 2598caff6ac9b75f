namespace TextPipeline.Entities.Recognition;

/// <summary>FNV-1a hashing of (template id, text) pairs into a power-of-two feature space, allocation-free.</summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint Start(int template) => (Offset ^ (uint)template) * Prime;

    public static uint Add(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (c & 0xFFu)) * Prime;
            hash = (hash ^ ((uint)c >> 8)) * Prime;
        }
        return hash;
    }

    public static uint Add(uint hash, int value) => (hash ^ (uint)value) * Prime;

    /// <summary>Separates two strings so ("ab","c") and ("a","bc") differ.</summary>
    public static uint Separator(uint hash) => (hash ^ 0x1Fu) * Prime;

    public static int Finish(uint hash, int mask)
    {
        // Final avalanche so low bits depend on every input char.
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return (int)(hash & (uint)mask);
    }
}
