using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>
/// Document frequencies of words over a corpus (how many documents use each word), for IDF. Words are counted by
/// their Porter stem, so counts made from surface forms (a background corpus) and from lemmas (a run) agree.
/// Immutable and thread-safe once built. Saved as gzip TSV: a line <c>#documents N</c>, then <c>stem TAB df</c>.
/// </summary>
internal sealed class DocumentFrequencies
{
    /// <summary>The background table shipped under <c>models/</c> (models/README.md, "Keyphrases").</summary>
    public const string ModelFileName = "keyphrase-df.tsv.gz";

    /// <summary>Document frequencies over news articles, read by the keyphrase ranker (models/README.md, "Keyphrases").</summary>
    public const string NewsModelFileName = "keyphrase-news-df.tsv.gz";

    private readonly FrozenDictionary<string, int> _df;

    private DocumentFrequencies(FrozenDictionary<string, int> df, int documentCount)
    {
        _df = df;
        DocumentCount = documentCount;
        _fingerprint = new Lazy<string>(() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ToBytes())));
    }

    /// <summary>No corpus: every IDF is 1.</summary>
    public static DocumentFrequencies None { get; } = new(FrozenDictionary<string, int>.Empty, 0);

    /// <summary>
    /// The background table of <paramref name="models"/>, loaded once per store. Throws
    /// <see cref="Models.ModelLoadException"/> (TP4010, TP4011) when it is missing or unreadable.
    /// </summary>
    public static DocumentFrequencies LoadBackground(Models.ModelStore models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Load(ModelFileName, file => Load(file.OpenRead()), KeyphraseDiagnostics.BackgroundMissing, KeyphraseDiagnostics.BackgroundUnreadable);
    }

    /// <summary>The news table the keyphrase ranker reads (<see cref="NewsModelFileName"/>), loaded once per store.</summary>
    public static DocumentFrequencies LoadNews(Models.ModelStore models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Load(NewsModelFileName, file => Load(file.OpenRead()), KeyphraseDiagnostics.ModelMissing, KeyphraseDiagnostics.ModelUnreadable);
    }

    public int DocumentCount { get; }

    /// <summary>SHA-256 (hex) of <see cref="ToBytes"/>: identifies the statistics in step versions and state.</summary>
    public string Fingerprint => _fingerprint.Value;

    private readonly Lazy<string> _fingerprint;

    /// <summary>Every entry, gzip TSV (the exact table: <see cref="FromBytes"/> gives back equal IDFs).</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        Save(buffer, minDf: 1);
        return buffer.ToArray();
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote.</summary>
    public static DocumentFrequencies FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        return Load(stream);
    }

    public int Count => _df.Count;

    public static DocumentFrequencies Build(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counter = new Counter();
        foreach (var document in documents)
        {
            counter.BeginDocument();
            foreach (var token in document.Tokens)
            {
                if (token.Kind != TokenKind.Word || !TermKeys.IsWordLike(document.TextOf(token))) continue;
                counter.Add(TermKeys.KeyOf(document, token));
            }
        }
        return counter.ToFrequencies();
    }

    /// <summary>Builds from documents given as word lists (for the background table).</summary>
    public static DocumentFrequencies Build(IEnumerable<IEnumerable<string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counter = new Counter();
        foreach (var words in documents)
        {
            counter.BeginDocument();
            foreach (var word in words)
            {
                if (TermKeys.IsWordLike(word)) counter.Add(word.ToLowerInvariant());
            }
        }
        return counter.ToFrequencies();
    }

    /// <summary>How many documents of the corpus used the word (by its Porter stem); 0 for a word never seen.</summary>
    public int Frequency(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _df.GetValueOrDefault(PorterStemmer.StemPhrase(key));
    }

    /// <summary>Smoothed IDF ln(1 + N / (df + 1)) + 1, divided by an unseen word's IDF (so 0..1], or 1 without a corpus.</summary>
    public double Idf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (DocumentCount == 0) return 1.0;
        var df = _df.GetValueOrDefault(PorterStemmer.StemPhrase(key));
        var max = Math.Log(1 + (double)DocumentCount) + 1;
        return (Math.Log(1 + (double)DocumentCount / (df + 1)) + 1) / max;
    }

    /// <summary>Writes the table, leaving out words seen in fewer than <paramref name="minDf"/> documents.</summary>
    public void Save(Stream stream, int minDf = 2)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("#documents\t" + DocumentCount.ToString(CultureInfo.InvariantCulture));
        foreach (var (stem, df) in _df.Where(p => p.Value >= minDf).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(stem + "\t" + df.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static DocumentFrequencies Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var n = 0;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var value = int.Parse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
            if (line.StartsWith("#documents", StringComparison.Ordinal)) n = value;
            else df[line[..tab]] = value;
        }
        return new DocumentFrequencies(df.ToFrozenDictionary(StringComparer.Ordinal), n);
    }

    private sealed class Counter
    {
        private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
        private int _documents;

        public void BeginDocument()
        {
            _documents++;
            _seen.Clear();
        }

        public void Add(string key)
        {
            if (!_stems.TryGetValue(key, out var stem))
            {
                stem = PorterStemmer.StemPhrase(key);
                _stems.Add(key, stem);
            }
            if (_seen.Add(stem)) _df[stem] = _df.GetValueOrDefault(stem) + 1;
        }

        public DocumentFrequencies ToFrequencies() => new(_df.ToFrozenDictionary(StringComparer.Ordinal), _documents);
    }
}
