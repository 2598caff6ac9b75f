using System.Collections.Immutable;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;

namespace TextPipeline.Topics;

/// <summary>
/// A trained topic model: metadata (vocabulary, topics, ids, labels, scores) plus the native LDA tables. Saved as one
/// zip file holding <c>metadata.json</c> and <c>lda.zip</c> (ML.NET's own model file); thread-safe for inference.
/// </summary>
public sealed class TopicModel
{
    private const string MetadataEntry = "metadata.json";
    private const string LdaEntry = "lda.zip";

    /// <summary>Weights below this are noise of the sampler and are not reported.</summary>
    public const double MinReportedWeight = 0.05;

    /// <summary>Top terms listed per topic in topics.csv (the metadata keeps more for id matching).</summary>
    public const int TopicInfoTerms = 10;

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly MLContext _ml;
    private readonly ITransformer _lda;
    private readonly byte[] _ldaBytes;
    private readonly ImmutableArray<TopicDescription> _bySlot;

    internal TopicModel(MLContext ml, ITransformer lda, byte[] ldaBytes, TopicModelMetadata metadata)
    {
        _ml = ml;
        _lda = lda;
        _ldaBytes = ldaBytes;
        Metadata = metadata;
        Vocabulary = new TopicVocabulary(metadata.Vocabulary, metadata.Display);
        _bySlot = [.. metadata.TopicList.OrderBy(t => t.Slot)];
    }

    public TopicModelMetadata Metadata { get; }

    public TopicVocabulary Vocabulary { get; }

    /// <summary>SHA-256 of the saved file when loaded from one, else of the bytes <see cref="Save"/> would write.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(ToBytes()));

    /// <summary>The topics for <c>topics.csv</c>, by id.</summary>
    public ImmutableArray<TopicInfo> TopicInfos =>
        [.. Metadata.TopicList.OrderBy(t => t.Id).Select(t => new TopicInfo(t.Id, t.Label, t.Size, t.Terms.Take(TopicInfoTerms).Select(w => w.Term).ToEquatableArray()))];

    /// <summary>Topic mixtures (by LDA slot) of the given articles, in order.</summary>
    public float[][] InferMixtures(IReadOnlyList<List<TopicTerm>> documents)
    {
        var vectors = documents.Select(Vocabulary.Vectorize).ToList();
        var data = LdaEngine.ToDataView(_ml, Vocabulary.Count, vectors);
        var mixtures = LdaEngine.Infer(_lda, data);
        for (var d = 0; d < vectors.Count; d++)
        {
            if (vectors[d].Slots.Length == 0) Array.Clear(mixtures[d]); // nothing known: no topic, not the prior
        }
        return mixtures;
    }

    /// <summary>An article's topics: weight ≥ <see cref="MinReportedWeight"/>, by weight descending then id.</summary>
    public EquatableArray<TopicWeight> ToWeights(float[] mixture) =>
        _bySlot.Where(t => t.Slot < mixture.Length && mixture[t.Slot] >= MinReportedWeight)
            .Select(t => new TopicWeight(t.Id, t.Label, Math.Round(mixture[t.Slot], 4)))
            .OrderByDescending(w => w.Weight).ThenBy(w => w.Id)
            .ToEquatableArray();

    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.WriteAllBytes(path, ToBytes());
        var sidecar = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? path + ".meta.json" : Path.ChangeExtension(path, ".json");
        File.WriteAllText(sidecar, JsonSerializer.Serialize(Metadata, Json) + "\n");
    }

    public static TopicModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static TopicModel Load(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var metadataEntry = zip.GetEntry(MetadataEntry) ?? throw new InvalidDataException($"no {MetadataEntry} in the model file");
        var ldaEntry = zip.GetEntry(LdaEntry) ?? throw new InvalidDataException($"no {LdaEntry} in the model file");
        TopicModelMetadata metadata;
        using (var s = metadataEntry.Open())
        {
            metadata = JsonSerializer.Deserialize<TopicModelMetadata>(s, Json) ?? throw new InvalidDataException("empty metadata");
        }
        if (metadata.FormatVersion == 1)
        {
            // Format 1's lemma terms included verbs: apply such a model with the terms it was trained on.
            metadata = metadata with { FormatVersion = TopicModelMetadata.CurrentFormat, TermMode = metadata.TermMode == TermMode.Lemma ? TermMode.LemmaWithVerbs : metadata.TermMode };
        }
        else if (metadata.FormatVersion != TopicModelMetadata.CurrentFormat)
        {
            throw new InvalidDataException($"model format {metadata.FormatVersion} is not supported (expected 1 or {TopicModelMetadata.CurrentFormat})");
        }
        TopicModelValidator.CheckMetadata(metadata);
        using var buffer = new MemoryStream();
        using (var s = ldaEntry.Open()) s.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var ml = new MLContext(metadata.Seed);
        var lda = LdaEngine.Load(ml, bytes, out var inputSchema);
        TopicModelValidator.CheckLda(metadata, lda, inputSchema);
        return new TopicModel(ml, lda, bytes, metadata);
    }

    internal TopicModel WithMetadata(TopicModelMetadata metadata) => new(_ml, _lda, _ldaBytes, metadata);

    public TopicModel WithScores(TopicScores scores) => WithMetadata(Metadata with { Scores = scores });

    /// <summary>Reads what <see cref="ToBytes"/> gives (the model file's bytes).</summary>
    public static TopicModel FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        return Load(stream);
    }

    /// <summary>The model file's bytes (byte-identical for the same training run).</summary>
    public byte[] ToBytes()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // A fixed timestamp keeps the file byte-identical for the same training run.
            var stamp = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var meta = zip.CreateEntry(MetadataEntry, CompressionLevel.Optimal);
            meta.LastWriteTime = stamp;
            using (var s = meta.Open()) JsonSerializer.Serialize(s, Metadata, Json);
            var lda = zip.CreateEntry(LdaEntry, CompressionLevel.NoCompression);
            lda.LastWriteTime = stamp;
            using (var s = lda.Open()) s.Write(_ldaBytes);
        }
        return output.ToArray();
    }
}
