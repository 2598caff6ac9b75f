namespace TextPipeline.Tokenization.Tagging;

/// <summary>
/// Cheap 64-bit combination of precomputed keys into feature ids: each word's string is hashed once per sentence,
/// then every template mixes those keys (no per-feature string hashing).
/// </summary>
internal static class KeyMix
{
    public static ulong Template(int id) => Mix(0xCBF29CE484222325UL, (ulong)id + 0x1000);

    public static ulong Mix(ulong h, ulong v)
    {
        h ^= v;
        h *= 0x9E3779B97F4A7C15UL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 32);
    }

    public static ulong Of(int template, ulong a) => Mix(Template(template), a);

    public static ulong Of(int template, ulong a, ulong b) => Mix(Mix(Template(template), a), b);

    public static ulong Of(int template, ulong a, ulong b, ulong c) => Mix(Mix(Mix(Template(template), a), b), c);

    /// <summary>FNV-1a of a string part.</summary>
    public static ulong Text(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h ^ (ulong)text.Length;
    }
}
