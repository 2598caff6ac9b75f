using System.Collections.Concurrent;

namespace TextPipeline.Linking;

/// <summary>
/// One shared string per distinct word for the articles of one prepared pipeline (thread-safe). Bounded: after
/// <see cref="MaxWords"/> distinct words a new word keeps its own string, so a long-running server's pool cannot
/// grow without end.
/// </summary>
internal sealed class WordPool
{
    /// <summary>Distinct words kept at most (a news vocabulary with names is a few hundred thousand).</summary>
    public const int MaxWords = 2_000_000;

    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The pool's string equal to <paramref name="word"/> (added when there is room).</summary>
    public string Get(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_words.TryGetValue(word, out var shared)) return shared;
        if (Volatile.Read(ref _count) >= MaxWords) return word;
        shared = _words.GetOrAdd(word, word);
        if (ReferenceEquals(shared, word)) Interlocked.Increment(ref _count);
        return shared;
    }
}
