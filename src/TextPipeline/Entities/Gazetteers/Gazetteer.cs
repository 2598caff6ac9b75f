using System.Globalization;
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
    // Names by their first two words (one-word names under (word, null)): a word such as "The" or "New" starts
    // thousands of names, but few share the next word too, so matching looks at a handful of candidates.
    private readonly Dictionary<(string First, string? Second), List<(string[] Words, GazetteerEntry Entry)>> _byFirstWords = [];
    private readonly Dictionary<string, List<GazetteerEntry>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerEntry>> _byFoldedName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<GazetteerEntry> _entries = [];

    private readonly Lazy<Gazetteer> _demonyms;

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var e in entries) Add(e);
        _demonyms = new Lazy<Gazetteer>(() => new Gazetteer(_entries.Where(e => e.Type == "DEM")), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Only the demonyms ("British", "North Korean"): a small list that is quick to match in every sentence.</summary>
    public Gazetteer Demonyms => _demonyms.Value;

    private Lazy<(Dictionary<string, string> Forms, HashSet<string> FirstWords)>? _lowerCasePlaces;

    /// <summary>
    /// Places whose name, written in lower case, is still clearly that place ("kerala", "san francisco" → their listed
    /// forms): countries, US states, first-level regions and GeoNames cities of 100,000 people (500,000 for names of
    /// several words), never a common word, a name of three letters or less, or a name containing a stop word.
    /// <c>FirstWords</c> holds the first words of the several-word names, so callers try a phrase only when it can match.
    /// </summary>
    public (Dictionary<string, string> Forms, HashSet<string> FirstWords) LowerCasePlaces
    {
        get
        {
            _lowerCasePlaces ??= new(BuildLowerCasePlaces, LazyThreadSafetyMode.ExecutionAndPublication);
            return _lowerCasePlaces.Value;
        }
    }

    private (Dictionary<string, string>, HashSet<string>) BuildLowerCasePlaces()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in _entries)
        {
            if (e.Type != "LOC" || e.Name.Length < 4 || !char.IsUpper(e.Name[0]) || e.Name.All(c => !char.IsLower(c))) continue;
            if (e.Source is not ("countries" or "us-states" or "own" or "own-places" or "geonames") || e.Kind is not (null or "region")) continue;
            var words = e.Name.Split(' ');
            if (words.Length > 3 || words.Any(w => w.Length == 0 || !w.All(char.IsLetter) || Tokenization.StopWords.Contains(w.ToLowerInvariant()))) continue;
            var minimum = words.Length == 1 ? 100_000 : 500_000;
            // GeoNames regions carry no population: "northern islands" in edited text is a description, not Northern Islands (MP).
            if (e.Source == "geonames" && e.Population < minimum) continue;
            if (words.Length == 1 && e.CommonWordCount >= 3) continue;
            var key = e.Name.ToLowerInvariant();
            forms.TryAdd(key, e.Name);
            if (words.Length > 1) firstWords.Add(words[0].ToLowerInvariant());
        }
        return (forms, firstWords);
    }

    public static Gazetteer Empty { get; } = new([]);

    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    public int Count => _entries.Count;

    /// <summary>The first entry with exactly this name (entries added later never replace earlier ones).</summary>
    public GazetteerEntry? Find(string name) => _byName.TryGetValue(name, out var list) ? list[0] : null;

    /// <summary>Every entry with exactly this name, in load order.</summary>
    public IReadOnlyList<GazetteerEntry> FindAll(string name) => _byName.TryGetValue(name, out var list) ? list : [];

    /// <summary>
    /// Every entry whose name equals <paramref name="name"/> ignoring case ("Labour party" finds "Labour Party"), in
    /// load order. Callers decide when case may differ: a one-word name in other case is often another word.
    /// </summary>
    public IReadOnlyList<GazetteerEntry> FindAllIgnoreCase(string name) => _byFoldedName.TryGetValue(name, out var list) ? list : [];

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
            entries.Add(new GazetteerEntry(cols[0], cols[1], id, canonical)
            {
                Source = Column(cols, 4) ?? "",
                Population = long.TryParse(Column(cols, 5), NumberStyles.None, CultureInfo.InvariantCulture, out var population) ? population : 0,
                Country = Column(cols, 6),
                CommonWordCount = int.TryParse(Column(cols, 7), NumberStyles.None, CultureInfo.InvariantCulture, out var common) ? common : 0,
                Kind = Column(cols, 8),
            });
        }
        return new Gazetteer(entries);
    }

    private static string? Column(string[] cols, int index) => cols.Length > index && cols[index].Length > 0 ? cols[index] : null;

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
            for (var two = 0; two < 2; two++)
            {
                if (two == 1 && i + 1 >= words.Count) break;
                if (!_byFirstWords.TryGetValue((words[i], two == 1 ? words[i + 1] : null), out var candidates)) continue;
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
    }

    /// <summary>Longest, leftmost, non-overlapping matches.</summary>
    public List<GazetteerMatch> FindMatches(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var matches = new List<GazetteerMatch>();
        for (var i = 0; i < words.Count;)
        {
            GazetteerMatch? best = null;
            for (var two = 0; two < 2; two++)
            {
                if (two == 1 && i + 1 >= words.Count) break;
                if (!_byFirstWords.TryGetValue((words[i], two == 1 ? words[i + 1] : null), out var candidates)) continue;
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
        if (!_byFoldedName.TryGetValue(entry.Name, out var folded))
        {
            folded = [];
            _byFoldedName[entry.Name] = folded;
        }
        folded.Add(entry);
        var key = (words[0], words.Length > 1 ? words[1] : null);
        if (!_byFirstWords.TryGetValue(key, out var list))
        {
            list = [];
            _byFirstWords[key] = list;
        }
        list.Add((words, entry));
    }
}
