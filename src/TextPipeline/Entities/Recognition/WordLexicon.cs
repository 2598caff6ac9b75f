using System.Globalization;

namespace TextPipeline.Entities.Recognition;

/// <summary>
/// Word classes learned from unlabelled text: how often a word is capitalised when it is not sentence-initial (a proper
/// noun signal that survives lower-cased or upper-cased input) crossed with a frequency band. Class 0 = unseen.
/// </summary>
internal sealed class WordLexicon
{
    private readonly Dictionary<string, int> _classes;

    public WordLexicon(Dictionary<string, int> classes) => _classes = classes ?? throw new ArgumentNullException(nameof(classes));

    public int Count => _classes.Count;

    public IEnumerable<KeyValuePair<string, int>> Entries => _classes.OrderBy(e => e.Key, StringComparer.Ordinal);

    public int ClassOf(string lower) => _classes.TryGetValue(lower, out var c) ? c : 0;

    /// <summary>Learns classes from plain-text files (one article per file): words of 3+ occurrences.</summary>
    public static WordLexicon Learn(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        var inner = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                var sentenceStart = true;
                foreach (var raw in line.Split([' ', '\t', '"', '(', ')', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var word = raw.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '’');
                    if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) word = word[..^2];
                    if (word.Length == 0 || !char.IsLetter(word[0]))
                    {
                        sentenceStart = raw.Length > 0 && raw[^1] is '.' or '!' or '?';
                        continue;
                    }
                    var lower = word.ToLowerInvariant();
                    Increment(total, lower);
                    if (!sentenceStart)
                    {
                        Increment(inner, lower);
                        if (char.IsUpper(word[0])) Increment(capitalised, lower);
                    }
                    sentenceStart = raw[^1] is '.' or '!' or '?' && !IsAbbreviation(word);
                }
            }
        }
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in total)
        {
            if (count < 3) continue;
            var innerCount = inner.GetValueOrDefault(word);
            var capBand = innerCount == 0 ? 5 : Band((double)capitalised.GetValueOrDefault(word) / innerCount);
            var freqBand = count < 10 ? 0 : count < 100 ? 1 : count < 1000 ? 2 : 3;
            classes[word] = 1 + capBand * 4 + freqBand;
        }
        return new WordLexicon(classes);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_classes.Count);
        foreach (var (word, c) in Entries)
        {
            writer.Write(word);
            writer.Write((byte)c);
        }
    }

    public static WordLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var n = reader.ReadInt32();
        var classes = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var w = reader.ReadString();
            classes[w] = reader.ReadByte();
        }
        return new WordLexicon(classes);
    }

    public override string ToString() => Count.ToString(CultureInfo.InvariantCulture) + " words";

    private static int Band(double ratio) => ratio < 0.05 ? 0 : ratio < 0.3 ? 1 : ratio < 0.7 ? 2 : ratio < 0.95 ? 3 : 4;

    private static bool IsAbbreviation(string word) => word.Length <= 3 && char.IsUpper(word[0]);

    private static void Increment(Dictionary<string, int> d, string key) =>
        d[key] = d.GetValueOrDefault(key) + 1;
}
