using System.IO.Compression;
using System.Text;
using TextPipeline.Lexicon;
using TextPipeline.Tokenization.Sentences;
using TextPipeline.Tokenization.Tagging;

namespace TextPipeline.Tokenization;

/// <summary>
/// The model file: gzip-compressed little-endian binary. Magic "TPTOK", format version, then the UPOS perceptron
/// (weights as half floats) after the SHA-256 of the word clusters it was trained with (empty: none), the optional second-pass perceptron, the tag dictionary, the lemma table and suffix rules, and the sentence perceptron.
/// </summary>
internal static class ModelSerializer
{
    private const string Magic = "TPTOK";
    private const int FormatVersion = 5;

    /// <summary>
    /// Loads the model; <paramref name="clusters"/> is called only when the tagger was trained with word clusters, and
    /// <paramref name="clustersMismatch"/> is then the SHA-256 it was trained with when the loaded clusters differ.
    /// </summary>
    public static TokenizationModel Load(Stream stream, Func<WordClusters> clusters, out string? clustersMismatch)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException("not a TextPipeline tokenization model");
        var version = reader.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"model format {version}, expected {FormatVersion}");
        var trainedClusters = reader.ReadString();
        var pos = ReadPerceptron(reader);
        var right = reader.ReadBoolean() ? ReadPerceptron(reader) : null;
        var tagDictionary = new Dictionary<string, UPos>(StringComparer.Ordinal);
        for (int i = 0, n = reader.ReadInt32(); i < n; i++) tagDictionary[reader.ReadString()] = (UPos)reader.ReadByte();
        var ambiguity = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0, n = reader.ReadInt32(); i < n; i++) ambiguity[reader.ReadString()] = reader.ReadInt32();
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0, n = reader.ReadInt32(); i < n; i++) table[reader.ReadString()] = reader.ReadString();
        var rules = new Dictionary<string, Lemmatizer.SuffixRule>(StringComparer.Ordinal);
        for (int i = 0, n = reader.ReadInt32(); i < n; i++) rules[reader.ReadString()] = new Lemmatizer.SuffixRule(reader.ReadByte(), reader.ReadString());
        var sentences = ReadPerceptron(reader);
        // A tagger trained without clusters never looks them up; one trained with them uses whatever is shipped, but
        // its weights fit only the file it was trained with.
        var loaded = trainedClusters.Length == 0 ? WordClusters.Empty : clusters();
        clustersMismatch = trainedClusters.Length > 0 && loaded.Sha256 != trainedClusters ? trainedClusters : null;
        return new TokenizationModel(new TrainedSentenceBoundaries(sentences), new PosTagger(pos, right, tagDictionary, ambiguity, new Lemmatizer(table, rules), loaded));
    }

    public static void Save(string path, PosTagger tagger, TrainedSentenceBoundaries sentences)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(tagger.Clusters.Count == 0 ? string.Empty : tagger.Clusters.Sha256 ?? string.Empty);
        WritePerceptron(writer, tagger.Model);
        writer.Write(tagger.RightModel is not null);
        if (tagger.RightModel is not null) WritePerceptron(writer, tagger.RightModel);
        writer.Write(tagger.TagDictionary.Count);
        foreach (var (word, tag) in tagger.TagDictionary.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((byte)tag);
        }
        writer.Write(tagger.AmbiguityClasses.Count);
        foreach (var (word, mask) in tagger.AmbiguityClasses.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(mask);
        }
        writer.Write(tagger.Lemmatizer.Table.Count);
        foreach (var (key, lemma) in tagger.Lemmatizer.Table.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(lemma);
        }
        writer.Write(tagger.Lemmatizer.Rules.Count);
        foreach (var (key, rule) in tagger.Lemmatizer.Rules.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write((byte)Math.Min(255, rule.Strip));
            writer.Write(rule.Append);
        }
        WritePerceptron(writer, sentences.Model);
    }

    private static void WritePerceptron(BinaryWriter writer, AveragedPerceptron model)
    {
        writer.Write(model.Classes);
        writer.Write(model.Rows.Count);
        var ordered = model.Rows.OrderBy(p => p.Key).ToArray();
        var hashes = ordered.Select(p => p.Key).ToArray();
        var weights = new Half[ordered.Length * model.Classes];
        for (var r = 0; r < ordered.Length; r++)
        {
            for (var c = 0; c < model.Classes; c++) weights[r * model.Classes + c] = (Half)model.Weights[ordered[r].Value * model.Classes + c];
        }
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(hashes.AsSpan()));
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
    }

    private static AveragedPerceptron ReadPerceptron(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classes is < 1 or > 1024 || count < 0 || count > 50_000_000) throw new InvalidDataException("bad perceptron header");
        var hashes = new ulong[count];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(hashes.AsSpan()));
        var halves = new Half[count * classes];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(halves.AsSpan()));
        var rows = new Dictionary<ulong, int>(count);
        for (var r = 0; r < count; r++) rows.Add(hashes[r], r);
        var weights = new float[halves.Length];
        for (var i = 0; i < halves.Length; i++) weights[i] = (float)halves[i];
        return new AveragedPerceptron(classes, rows, weights);
    }
}
