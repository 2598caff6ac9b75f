using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace TextPipeline.Lexicon;

/// <summary>
/// Word clusters learned from unlabelled text by <c>textpipeline train clusters</c>, used as features by the POS tagger
/// and the entity recognizer. A word is looked up as written, then lower-cased, so "Apple" can keep its own cluster
/// while an unseen capitalised word still gets the cluster of its lower-case form.
/// </summary>
/// <remarks>
/// File format (gzip, UTF-8 text): optional <c>#</c> comment lines, then <c>bits TAB word TAB count</c> per line,
/// the layout of Liang's Brown clustering <c>paths</c> file.
/// </remarks>
internal sealed class WordClusters
{
    /// <summary>File name of the shipped clusters under <c>models/</c>.</summary>
    public const string DefaultFileName = "word-clusters-en.tsv.gz";

    private readonly FrozenDictionary<string, ClusterPath> _paths;
    private readonly FrozenDictionary<string, ClusterPath>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordClusters(FrozenDictionary<string, ClusterPath> paths, string? sha256)
    {
        _paths = paths;
        _lookup = paths.GetAlternateLookup<ReadOnlySpan<char>>();
        Sha256 = sha256;
    }

    /// <summary>No clusters: every lookup returns <see cref="ClusterPath.None"/>.</summary>
    public static WordClusters Empty { get; } = new(FrozenDictionary<string, ClusterPath>.Empty, null);

    /// <summary>
    /// The word clusters of <paramref name="models"/>, loaded once per store. Throws
    /// <see cref="Models.ModelLoadException"/> (TP2005, TP2006) when the file is missing or unreadable.
    /// </summary>
    public static WordClusters Load(Models.ModelStore models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Load(DefaultFileName, file => Load(file.OpenRead(), file.Sha256, file.Name),
            Tokenization.TokenizationDiagnostics.ClustersMissing, Tokenization.TokenizationDiagnostics.ClustersUnreadable);
    }

    /// <summary>Number of words with a cluster.</summary>
    public int Count => _paths.Count;

    /// <summary>SHA-256 (hex) of the file the clusters were loaded from, so a model can check it was trained with these.</summary>
    public string? Sha256 { get; }

    /// <summary>
    /// The word's cluster path: as written, else lower-cased; words with digits are then tried with every digit as
    /// '0' (the trainer's <see cref="WordForm.NormalizeDigits(string)"/>); <see cref="ClusterPath.None"/> when unknown.
    /// </summary>
    public ClusterPath Lookup(ReadOnlySpan<char> word)
    {
        if (_paths.Count == 0 || word.IsEmpty) return ClusterPath.None;
        if (_lookup.TryGetValue(word, out var path)) return path;
        if (word.Length > WordForm.MaxLength) return ClusterPath.None;
        Span<char> lower = stackalloc char[word.Length];
        var written = word.ToLowerInvariant(lower);
        if (written > 0 && _lookup.TryGetValue(lower[..written], out path)) return path;
        if (!WordForm.HasDigit(word)) return ClusterPath.None;
        Span<char> shape = stackalloc char[word.Length];
        WordForm.NormalizeDigits(word, shape);
        if (_lookup.TryGetValue(shape, out path)) return path;
        WordForm.NormalizeDigits(lower[..written], shape);
        return _lookup.TryGetValue(shape[..written], out path) ? path : ClusterPath.None;
    }

    /// <summary>Every word with its path, in ordinal word order (for inspection and tests).</summary>
    public IEnumerable<(string Word, ClusterPath Path)> Entries()
    {
        var words = _paths.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        foreach (var w in words) yield return (w, _paths[w]);
    }

    public static WordClusters Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return Load(new MemoryStream(bytes, writable: false), sha, path);
    }

    /// <summary>Reads a gzip clusters file from <paramref name="stream"/>; <paramref name="sha256"/> identifies it.</summary>
    public static WordClusters Load(Stream stream, string sha256, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return new WordClusters(Read(reader, source), sha256);
    }

    /// <summary>Writes clusters in the file format <see cref="Load(string)"/> reads.</summary>
    public static void Write(Stream destination, IEnumerable<(string Word, ClusterPath Path, long Count)> entries, IEnumerable<string> headerLines)
    {
        using var gzip = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in headerLines) writer.WriteLine("# " + line);
        foreach (var (word, clusterPath, count) in entries)
        {
            writer.Write(clusterPath.ToString());
            writer.Write('\t');
            writer.Write(word);
            writer.Write('\t');
            writer.WriteLine(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static FrozenDictionary<string, ClusterPath> Read(TextReader reader, string source)
    {
        var paths = new Dictionary<string, ClusterPath>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var span = line.AsSpan();
            var tab = span.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"{source}({lineNumber}): expected 'bits TAB word TAB count'.");
            var rest = span[(tab + 1)..];
            var tab2 = rest.IndexOf('\t');
            var word = (tab2 < 0 ? rest : rest[..tab2]).ToString();
            if (word.Length == 0) throw new InvalidDataException($"{source}({lineNumber}): empty word.");
            paths[word] = ClusterPath.Parse(span[..tab]);
        }
        return paths.ToFrozenDictionary(StringComparer.Ordinal);
    }

}
