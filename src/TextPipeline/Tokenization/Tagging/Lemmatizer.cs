using System.Collections.Frozen;

namespace TextPipeline.Tokenization.Tagging;

/// <summary>
/// Lower-case lemmas: a table of (UPOS, word) seen in training, then the most frequent suffix rewrite for the
/// longest known (UPOS, suffix) (e.g. NOUN "-ies" → "-y"), else the word itself.
/// </summary>
internal sealed class Lemmatizer
{
    public const int MaxSuffix = 6;

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _table;
    private readonly FrozenDictionary<string, SuffixRule>.AlternateLookup<ReadOnlySpan<char>> _rules;

    public Lemmatizer(IReadOnlyDictionary<string, string> table, IReadOnlyDictionary<string, SuffixRule> rules)
    {
        Table = table.ToFrozenDictionary(StringComparer.Ordinal);
        Rules = rules.ToFrozenDictionary(StringComparer.Ordinal);
        _table = Table.GetAlternateLookup<ReadOnlySpan<char>>();
        _rules = Rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public FrozenDictionary<string, string> Table { get; }

    public FrozenDictionary<string, SuffixRule> Rules { get; }

    /// <summary>A rewrite: drop <see cref="Strip"/> characters, append <see cref="Append"/>.</summary>
    public readonly record struct SuffixRule(int Strip, string Append);

    public static string Key(UPos pos, ReadOnlySpan<char> lower) => string.Concat(((char)('A' + (int)pos)).ToString(), lower);

    public string Lemma(ReadOnlySpan<char> lower, UPos pos)
    {
        if (lower.Length > 60) return NormCache.Intern(lower);
        Span<char> key = stackalloc char[lower.Length + 1];
        key[0] = (char)('A' + (int)pos);
        lower.CopyTo(key[1..]);
        if (_table.TryGetValue(key, out var known)) return known;
        if (pos is UPos.NOUN or UPos.VERB or UPos.ADJ or UPos.ADV or UPos.AUX)
        {
            Span<char> suffixKey = stackalloc char[MaxSuffix + 1];
            Span<char> result = stackalloc char[64];
            suffixKey[0] = key[0];
            for (var k = Math.Min(MaxSuffix, lower.Length - 1); k >= 1; k--)
            {
                lower[^k..].CopyTo(suffixKey[1..]);
                if (!_rules.TryGetValue(suffixKey[..(k + 1)], out var rule)) continue;
                if ((rule.Strip == 0 && rule.Append.Length == 0) || rule.Strip >= lower.Length) break;
                var kept = lower.Length - rule.Strip;
                var length = kept + rule.Append.Length;
                if (length > 64) break;
                lower[..kept].CopyTo(result);
                rule.Append.AsSpan().CopyTo(result[kept..]);
                return NormCache.Intern(result[..length]);
            }
        }
        return NormCache.Intern(lower);
    }

    /// <summary>Learns the table and suffix rules from (word, UPOS, lemma) triples.</summary>
    public static Lemmatizer Train(IEnumerable<(string Word, UPos Pos, string Lemma)> examples)
    {
        var tableCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var ruleCounts = new Dictionary<string, Dictionary<SuffixRule, int>>(StringComparer.Ordinal);
        foreach (var (word, pos, lemma) in examples)
        {
            var lower = word.ToLowerInvariant();
            var lemmaLower = lemma == "_" ? lower : lemma.ToLowerInvariant();
            Count(tableCounts, Key(pos, lower), lemmaLower);
            var common = 0;
            while (common < lower.Length && common < lemmaLower.Length && lower[common] == lemmaLower[common]) common++;
            var rule = new SuffixRule(lower.Length - common, lemmaLower[common..]);
            for (var k = 1; k <= Math.Min(MaxSuffix, lower.Length - 1); k++)
            {
                Count(ruleCounts, string.Concat(((char)('A' + (int)pos)).ToString(), lower.AsSpan(lower.Length - k)), rule);
            }
        }
        var table = tableCounts.ToDictionary(p => p.Key, p => Best(p.Value), StringComparer.Ordinal);
        var rules = ruleCounts.Where(p => p.Value.Values.Sum() >= 3).ToDictionary(p => p.Key, p => Best(p.Value), StringComparer.Ordinal);
        return new Lemmatizer(table, rules);
    }

    private static void Count<T>(Dictionary<string, Dictionary<T, int>> counts, string key, T value) where T : notnull
    {
        if (!counts.TryGetValue(key, out var inner)) counts[key] = inner = [];
        inner[value] = inner.GetValueOrDefault(value) + 1;
    }

    private static string Best(Dictionary<string, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;

    private static SuffixRule Best(Dictionary<SuffixRule, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Strip).ThenBy(p => p.Key.Append, StringComparer.Ordinal).First().Key;
}
