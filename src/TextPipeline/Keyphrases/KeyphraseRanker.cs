using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace TextPipeline.Keyphrases;

/// <summary>
/// A learned keyphrase scorer: logistic regression (trained with ML.NET on 500N-KPCrowd, see
/// <c>Training/KeyphraseRankerTrainer</c>) over <see cref="KeyphraseFeatures"/>, giving the probability that a
/// candidate is a phrase people would pick as a keyphrase of the article. Immutable and thread-safe. Saved as gzip TSV:
/// <c>#keyphrase-ranker FORMAT</c>, <c>#description …</c>, <c>bias VALUE</c>, then <c>weight NAME VALUE</c> lines.
/// </summary>
internal sealed class KeyphraseRanker
{
    /// <summary>The shipped ranker under <c>models/</c> (models/README.md, "Keyphrases").</summary>
    public const string ModelFileName = "keyphrase-ranker.tsv.gz";

    /// <summary>
    /// The shipped taggability model: the same features, trained with our editor gold weighted in, giving the
    /// probability that an editor would publish the phrase as a tag (models/README.md, "Tags").
    /// </summary>
    public const string TagModelFileName = "keyphrase-tag-ranker.tsv.gz";

    private const int FormatVersion = 1;

    private readonly float[] _weights;

    public KeyphraseRanker(float[] weights, float bias, string description, DocumentFrequencies? background = null, DocumentFrequencies? news = null, Lexicon.WordClusters? clusters = null)
    {
        Background = background ?? DocumentFrequencies.None;
        News = news ?? DocumentFrequencies.None;
        Clusters = clusters ?? Lexicon.WordClusters.Empty;
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != KeyphraseFeatures.Dimension) throw new ArgumentException($"Expected {KeyphraseFeatures.Dimension} weights, got {weights.Length}.", nameof(weights));
        _weights = weights;
        Bias = bias;
        Description = description;
    }

    public float Bias { get; }

    /// <summary>The general-text document frequencies its IDF features read (<see cref="DocumentFrequencies.ModelFileName"/>).</summary>
    public DocumentFrequencies Background { get; }

    /// <summary>The news document frequencies its news-IDF features read (<see cref="DocumentFrequencies.NewsModelFileName"/>).</summary>
    public DocumentFrequencies News { get; }

    /// <summary>The word clusters its head-word cluster features read.</summary>
    public Lexicon.WordClusters Clusters { get; }

    /// <summary>The same weights reading these tables.</summary>
    public KeyphraseRanker WithTables(DocumentFrequencies background, DocumentFrequencies news, Lexicon.WordClusters clusters) => new(_weights, Bias, Description, background, news, clusters);

    public string Description { get; }

    /// <summary>The weight of each feature, by name (for inspection).</summary>
    public IEnumerable<(string Name, float Weight)> Weights => KeyphraseFeatures.Names.Select((n, i) => (n, _weights[i]));

    /// <summary>The logit (log-odds) of a candidate's feature vector.</summary>
    internal double Logit(float[] x)
    {
        double z = Bias;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != 0) z += x[i] * _weights[i];
        }
        return z;
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine($"#keyphrase-ranker\t{FormatVersion}");
        w.WriteLine($"#description\t{Description.Replace('\t', ' ').Replace('\n', ' ')}");
        w.WriteLine($"bias\t{Bias.ToString("R", CultureInfo.InvariantCulture)}");
        for (var i = 0; i < _weights.Length; i++)
        {
            w.WriteLine($"weight\t{KeyphraseFeatures.Names[i]}\t{_weights[i].ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    public static KeyphraseRanker Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var index = KeyphraseFeatures.Names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var weights = new float[KeyphraseFeatures.Dimension];
        float bias = 0;
        var description = "";
        var format = 0;
        while (reader.ReadLine() is { } line)
        {
            var cols = line.Split('\t');
            switch (cols[0])
            {
                case "#keyphrase-ranker":
                    format = int.Parse(cols[1], CultureInfo.InvariantCulture);
                    break;
                case "#description":
                    description = cols.Length > 1 ? cols[1] : "";
                    break;
                case "bias":
                    bias = float.Parse(cols[1], NumberStyles.Float, CultureInfo.InvariantCulture);
                    break;
                case "weight" when index.TryGetValue(cols[1], out var i):
                    weights[i] = float.Parse(cols[2], NumberStyles.Float, CultureInfo.InvariantCulture);
                    break;
                case "weight":
                    throw new InvalidDataException($"Unknown keyphrase feature '{cols[1]}'.");
            }
        }
        if (format != FormatVersion) throw new InvalidDataException($"Unsupported keyphrase ranker format {format} (expected {FormatVersion}).");
        return new KeyphraseRanker(weights, bias, description);
    }

    /// <summary>
    /// The ranker <paramref name="fileName"/> of <paramref name="models"/> with the two frequency tables it reads, each
    /// loaded once per store. Throws <see cref="Models.ModelLoadException"/> (TP4012, TP4013, TP4010, TP4011).
    /// </summary>
    public static KeyphraseRanker Load(Models.ModelStore models, string fileName = ModelFileName)
    {
        ArgumentNullException.ThrowIfNull(models);
        var ranker = models.Load(fileName, file => Load(file.OpenRead()), KeyphraseDiagnostics.ModelMissing, KeyphraseDiagnostics.ModelUnreadable);
        return ranker.WithTables(DocumentFrequencies.LoadBackground(models), DocumentFrequencies.LoadNews(models), Lexicon.WordClusters.Load(models));
    }
}
