using System.Collections.Concurrent;

namespace TextPipeline.Tokenization;

/// <summary>
/// Interns lower-cased token forms so repeated words cost no allocation. Thread-safe; bounded so a huge corpus of
/// unique strings cannot grow it without limit (past the cap, new forms are simply not cached).
/// </summary>
internal static class NormCache
{
    private const int MaxEntries = 1 << 19;
    private const int MaxLength = 64;

    private static readonly ConcurrentDictionary<string, string> s_cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lower-cased (invariant) form of <paramref name="word"/>, shared between calls.</summary>
    public static string Lower(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength) return word.ToString().ToLowerInvariant();
        Span<char> buffer = stackalloc char[word.Length];
        word.ToLowerInvariant(buffer);
        return Intern(buffer);
    }

    // ConcurrentDictionary.Count takes every lock of the table: the bound is checked against this counter instead.
    private static int s_count;

    public static string Intern(ReadOnlySpan<char> word)
    {
        if (s_lookup.TryGetValue(word, out var cached)) return cached;
        var s = word.ToString();
        if (Volatile.Read(ref s_count) < MaxEntries && s_cache.TryAdd(s, s)) Interlocked.Increment(ref s_count);
        return s;
    }
}
