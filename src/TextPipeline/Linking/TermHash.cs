namespace TextPipeline.Linking;

/// <summary>
/// 64-bit ids of terms and names (FNV-1a over UTF-16 code units, finished with <see cref="Shingles.Mix"/>): the same
/// text always has the same id, in any corpus and on any machine, so vectors need no shared vocabulary.
/// </summary>
internal static class TermHash
{
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 14695981039346656037UL;
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        return Shingles.Mix(hash);
    }
}
