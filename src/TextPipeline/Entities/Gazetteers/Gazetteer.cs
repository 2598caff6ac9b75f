using System.IO.Compression;
using System.Text;

namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// Names with types, canonical forms and ids, matched case-sensitively over token sequences. Loaded from the compiled
/// TSV (<c>name TAB type TAB id TAB canonical</c>, optionally gzip, <c>#</c> provenance lines) or a user CSV
/// (<c>name,type,aliases,id</c>).
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Mask bits per token: B and I for each of PER, ORG, LOC, DEM.</summary>
    public const int MaskBits = 8;

    private static readonly string[] s_maskTypes = ["PER", "ORG", "LOC", "DEM"];
    private readonly Dictionary<string, List<(string[] Words, GazetteerEntry Entry)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerEntry>> _byName = new(StringComparer.Ordinal);
    private readonly List<GazetteerEntry> _entries = [];

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var e in entries) Add(e);
    }

    public static Gazetteer Empty { get; } = new([]);

    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    public int Count => _entries.Count;

    /// <summary>The first entry with exactly this name (entries added later never replace earlier ones).</summary>
    public GazetteerEntry? Find(string name) => _byName.TryGetValue(name, out var list) ? list[0] : null;

    /// <summary>Every entry with exactly this name, in load order.</summary>
    public IReadOnlyList<GazetteerEntry> FindAll(string name) => _byName.TryGetValue(name, out var list) ? list : [];

    public Gazetteer Merge(Gazetteer other)
    {
        ArgumentNullException.ThrowIfNull(other);
        // The other (user) list goes first so its ids and canonical names win.
        return new Gazetteer(other._entries.Concat(_entries));
    }

    public static Gazetteer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads a compiled gazetteer (TSV: name, type, id, canonical name), gzip-compressed when <paramref name="compressed"/>.</summary>
    public static Gazetteer Load(Stream stream, bool compressed)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using Stream body = compressed ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(body, Encoding.UTF8);
        var entries = new List<GazetteerEntry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) continue;
            var id = cols.Length > 2 && cols[2].Length > 0 ? cols[2] : null;
            var canonical = cols.Length > 3 && cols[3].Length > 0 ? cols[3] : cols[0];
            entries.Add(new GazetteerEntry(cols[0], cols[1], id, canonical));
        }
        return new Gazetteer(entries);
    }

    /// <summary>Every token sequence a name is written as: whitespace split, with commas, brackets and "'s" apart.</summary>
    public static string[] SplitName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        foreach (var raw in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw;
            while (w.Length > 1 && w[0] is '(' or '"' or '“')
            {
                words.Add(w[..1]);
                w = w[1..];
            }
            var tail = new List<string>();
            while (w.Length > 1 && w[^1] is ',' or ')' or '"' or '”' or ';' or ':')
            {
                tail.Insert(0, w[^1..]);
                w = w[..^1];
            }
            if (w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)))
            {
                words.Add(w[..^2]);
                words.Add(w[^2..]);
            }
            else
            {
                words.Add(w);
            }
            words.AddRange(tail);
        }
        return [.. words];
    }

    /// <summary>Sets B/I bits per type for every name occurrence (overlaps allowed) in <paramref name="masks"/>.</summary>
    public void ComputeMasks(IReadOnlyList<string> words, Span<int> masks)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates)) continue;
            foreach (var (nameWords, entry) in candidates)
            {
                if (!MatchesAt(words, i, nameWords)) continue;
                var t = Array.IndexOf(s_maskTypes, entry.Type);
                if (t < 0) continue;
                masks[i] |= 1 << (2 * t);
                for (var k = 1; k < nameWords.Length; k++) masks[i + k] |= 1 << (2 * t + 1);
            }
        }
    }

    /// <summary>Longest, leftmost, non-overlapping matches.</summary>
    public List<GazetteerMatch> FindMatches(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var matches = new List<GazetteerMatch>();
        for (var i = 0; i < words.Count;)
        {
            GazetteerMatch? best = null;
            if (_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                foreach (var (nameWords, entry) in candidates)
                {
                    if (nameWords.Length > (best?.Length ?? 0) && MatchesAt(words, i, nameWords))
                    {
                        best = new GazetteerMatch(i, nameWords.Length, entry);
                    }
                }
            }
            if (best is { } m)
            {
                matches.Add(m);
                i += m.Length;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }

    private static bool MatchesAt(IReadOnlyList<string> words, int start, string[] nameWords)
    {
        if (start + nameWords.Length > words.Count) return false;
        for (var k = 1; k < nameWords.Length; k++)
        {
            if (!string.Equals(words[start + k], nameWords[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private void Add(GazetteerEntry entry)
    {
        var words = SplitName(entry.Name);
        if (words.Length == 0) return;
        _entries.Add(entry);
        if (!_byName.TryGetValue(entry.Name, out var named))
        {
            named = [];
            _byName[entry.Name] = named;
        }
        named.Add(entry);
        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirstWord[words[0]] = list;
        }
        list.Add((words, entry));
    }
}
