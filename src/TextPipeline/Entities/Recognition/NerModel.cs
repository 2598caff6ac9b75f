using System.IO.Compression;
using System.Text;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Lexicon;

namespace TextPipeline.Entities.Recognition;

/// <summary>
/// A trained NER model as plain arrays: the weights ML.NET learned, exported once and scored here without ML.NET
/// (no PredictionEngine on the hot path). Thread-safe: scoring allocates only per call.
/// </summary>
internal sealed class NerModel
{
    private const string Magic = "TPNER";
    private const int FormatVersion = 3;

    // Version 1 models (no word clusters) and version 2 models (no document-case flag) still load and score as before.
    private const int FirstFormatVersion = 1;

    // Feature-major layout: the weights of all labels of one feature are adjacent (one cache line per feature).
    private readonly float[] _weights;
    private readonly float[] _biases;

    public NerModel(
        NerLabels labels, NerModelSettings settings, float[] weights, float[] biases, WordLexicon? lexicon, Gazetteer? gazetteer, WordClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (weights.Length != (1 << settings.HashBits) * labels.Count) throw new ArgumentException("Weight count does not match the feature space.", nameof(weights));
        Labels = labels;
        Settings = settings;
        Lexicon = lexicon;
        _weights = weights;
        _biases = biases;
        var usedClusters = settings.ClustersSha256 is null ? null
            : clusters ?? throw new ArgumentException("The model was trained with word clusters; give the clusters to load it with.", nameof(clusters));
        ClustersMismatch = usedClusters is not null && !string.Equals(usedClusters.Sha256, settings.ClustersSha256, StringComparison.Ordinal);
        Features = new NerFeatureExtractor(
            settings.HashBits, settings.UseGazetteer ? gazetteer ?? Gazetteer.Empty : null, lexicon, settings.UsePos, usedClusters, settings.UseDocumentCase);
    }

    /// <summary>True when the model was trained with word clusters other than the ones loaded (its features shift).</summary>
    public bool ClustersMismatch { get; }

    public NerLabels Labels { get; }

    public NerModelSettings Settings { get; }

    public WordLexicon? Lexicon { get; }

    public NerFeatureExtractor Features { get; }

    /// <summary>IOB2 label indices for a sentence (see <see cref="NerLabels"/>), decoded with BIO constraints.</summary>
    public int[] Tag(IReadOnlyList<string> words, IReadOnlyList<string>? pos = null, DocumentCaseProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var n = words.Count;
        var result = new int[n];
        if (n == 0) return result;
        var c = Labels.Count;
        var logProbs = new float[n * c];
        Score(words, pos, logProbs, profile);
        BioViterbi.Decode(logProbs, c, result);
        return result;
    }

    /// <summary>Per-token log-probabilities of every label, row-major [token, label].</summary>
    /// <param name="words">The sentence.</param>
    /// <param name="pos">UPOS names, when the model uses them.</param>
    /// <param name="logProbs">Receives the scores.</param>
    /// <param name="profile">How the sentence's document writes its words (document-case models); null: unknown.</param>
    public void Score(IReadOnlyList<string> words, IReadOnlyList<string>? pos, Span<float> logProbs, DocumentCaseProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var c = Labels.Count;
        var infos = Features.Prepare(words, pos, profile);
        var features = new List<int>(64);
        for (var i = 0; i < infos.Length; i++)
        {
            features.Clear();
            Features.Extract(infos, i, features);
            var row = logProbs.Slice(i * c, c);
            _biases.CopyTo(row);
            foreach (var f in features)
            {
                var w = _weights.AsSpan(f * c, c);
                for (var y = 0; y < c; y++) row[y] += w[y];
            }
            LogSoftmax(row);
        }
    }

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Settings.HashBits);
        writer.Write(Settings.UsePos);
        writer.Write(Settings.UseGazetteer);
        writer.Write(Settings.ClustersSha256 ?? "");
        writer.Write(Settings.UseDocumentCase);
        writer.Write(Labels.Types.Length);
        foreach (var t in Labels.Types) writer.Write(t);
        var c = Labels.Count;
        foreach (var b in _biases) writer.Write(b);
        // Sparse rows (features with any non-zero weight), weights as half floats: L1 leaves most rows empty.
        var rows = new List<int>();
        for (var f = 0; f < _weights.Length / c; f++)
        {
            if (_weights.AsSpan(f * c, c).ContainsAnyExcept(0f)) rows.Add(f);
        }
        writer.Write(rows.Count);
        var previous = 0;
        foreach (var f in rows)
        {
            writer.Write7BitEncodedInt(f - previous);
            previous = f;
            for (var y = 0; y < c; y++) writer.Write((Half)_weights[f * c + y]);
        }
        writer.Write(Lexicon is not null);
        Lexicon?.Write(writer);
    }

    /// <summary>Loads a model file; <paramref name="clusters"/> is called only when the model was trained with word clusters.</summary>
    public static NerModel Load(string path, Gazetteer? gazetteer, Func<WordClusters> clusters)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        return Load(file, gazetteer, clusters);
    }

    /// <summary>Reads a gzip model from <paramref name="stream"/>; <paramref name="clusters"/> is called only when it was trained with word clusters.</summary>
    public static NerModel Load(Stream stream, Gazetteer? gazetteer, Func<WordClusters> clusters)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(clusters);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a TextPipeline NER model.");
        var version = reader.ReadInt32();
        if (version is < FirstFormatVersion or > FormatVersion) throw new InvalidDataException($"Unsupported NER model format {version}.");
        var settings = new NerModelSettings(reader.ReadInt32(), reader.ReadBoolean(), reader.ReadBoolean());
        if (version >= 2 && reader.ReadString() is { Length: > 0 } clustersSha) settings = settings with { ClustersSha256 = clustersSha };
        if (version >= 3) settings = settings with { UseDocumentCase = reader.ReadBoolean() };
        if (settings.HashBits is < 10 or > 26) throw new InvalidDataException("Bad feature space size.");
        var typeCount = reader.ReadInt32();
        var types = new string[typeCount];
        for (var i = 0; i < typeCount; i++) types[i] = reader.ReadString();
        var labels = new NerLabels(types);
        var c = labels.Count;
        var biases = new float[c];
        for (var y = 0; y < c; y++) biases[y] = reader.ReadSingle();
        var weights = new float[(1 << settings.HashBits) * c];
        var rows = reader.ReadInt32();
        var f = 0;
        for (var r = 0; r < rows; r++)
        {
            f += reader.Read7BitEncodedInt();
            for (var y = 0; y < c; y++) weights[f * c + y] = (float)reader.ReadHalf();
        }
        var lexicon = reader.ReadBoolean() ? WordLexicon.Read(reader) : null;
        return new NerModel(labels, settings, weights, biases, lexicon, gazetteer, settings.ClustersSha256 is null ? null : clusters());
    }

    private static void LogSoftmax(Span<float> row)
    {
        var max = float.NegativeInfinity;
        foreach (var v in row) max = Math.Max(max, v);
        var sum = 0f;
        foreach (var v in row) sum += MathF.Exp(v - max);
        var log = max + MathF.Log(sum);
        for (var y = 0; y < row.Length; y++) row[y] -= log;
    }
}
