using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Recognition;
using TextPipeline.Lexicon;

namespace TextPipeline.Entities.Training;

/// <summary>
/// Trains the token classifier with ML.NET (L-BFGS maximum entropy, L1 + L2) over the hashed window features, then
/// exports its weights to a <see cref="NerModel"/> that scores without ML.NET.
/// </summary>
internal static class NerTrainer
{
    public static NerModel Train(
        IReadOnlyList<NerSentence> sentences, NerTrainingOptions options, Gazetteer? gazetteer, WordLexicon? lexicon, IProgress<string>? log = null,
        WordClusters? clusters = null, Tokenization.TextAnalyzer? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var labels = new NerLabels(options.Types);
        clusters = clusters is { Count: > 0 } ? clusters : null;
        var settings = new NerModelSettings(options.HashBits, options.UsePos, gazetteer is not null, clusters?.Sha256, options.UseDocumentCase);
        var extractor = new NerFeatureExtractor(options.HashBits, gazetteer, lexicon, options.UsePos, clusters, options.UseDocumentCase);
        var rows = BuildRows(sentences, labels, extractor, tagger);
        log?.Report($"ner: {rows.Count:N0} training tokens, {labels.Count} labels, 2^{options.HashBits} features");

        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, extractor.Dimension);
        // The key order is given explicitly, so ML.NET's class i is exactly labels.Names[i].
        var keyData = ml.Data.LoadFromEnumerable(labels.Names.Select(n => new LabelName { Value = n }));
        var data = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(Row.Label), keyData: keyData)
            .Fit(ml.Data.LoadFromEnumerable(rows, schema)).Transform(ml.Data.LoadFromEnumerable(rows, schema));
        data = ml.Data.Cache(data);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = nameof(Row.Features),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            MaximumNumberOfIterations = options.Iterations,
            HistorySize = options.HistorySize,
            OptimizationTolerance = 1e-5f,
            // One thread: the sums are then done in a fixed order, so the same data and seed give the same model.
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var transformer = trainer.Fit(data);
        var parameters = transformer.Model;
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out var classCount);
        if (classCount != labels.Count) throw new InvalidOperationException($"ML.NET trained {classCount} classes, expected {labels.Count}.");
        var c = labels.Count;
        var weights = new float[extractor.Dimension * c];
        for (var y = 0; y < c; y++)
        {
            var values = perClass[y].GetValues();
            var indices = perClass[y].GetIndices();
            if (perClass[y].IsDense)
            {
                for (var f = 0; f < values.Length; f++) weights[f * c + y] = values[f];
            }
            else
            {
                for (var k = 0; k < indices.Length; k++) weights[indices[k] * c + y] = values[k];
            }
        }
        var biases = parameters.GetBiases().ToArray();
        return new NerModel(labels, settings, weights, biases, lexicon, gazetteer, clusters);
    }

    /// <summary>Maps single-word LOC mentions that are demonyms ("German") to O, as UNER and the NOTICEs ask.</summary>
    public static NerSentence DropDemonyms(NerSentence sentence, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (sentence.Tags is null) return sentence;
        string[]? tags = null;
        for (var i = 0; i < sentence.Length; i++)
        {
            var single = sentence.Tags[i] == "B-LOC" && (i + 1 == sentence.Length || sentence.Tags[i + 1] != "I-LOC");
            if (single && gazetteer.Find(sentence.Words[i]) is { Type: "DEM" })
            {
                tags ??= [.. sentence.Tags];
                tags[i] = "O";
            }
        }
        return tags is null ? sentence : sentence with { Tags = tags };
    }

    private static List<Row> BuildRows(IReadOnlyList<NerSentence> sentences, NerLabels labels, NerFeatureExtractor extractor, Tokenization.TextAnalyzer? tagger)
    {
        var rows = new List<Row>();
        var features = new List<int>(64);
        var profiles = extractor.UsesDocumentCase ? DocumentProfiles(sentences) : null;
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (s.Tags is null) continue;
            var infos = extractor.Prepare(s.Words, extractor.UsesPos ? s.Pos ?? NerTagger.PosOf(s.Words, tagger ?? throw new ArgumentException("Training with POS features needs a tagger.", nameof(tagger))) : null, profiles?[k]);
            for (var i = 0; i < s.Length; i++)
            {
                features.Clear();
                extractor.Extract(infos, i, features);
                features.Sort();
                var indices = new List<int>(features.Count);
                var values = new List<float>(features.Count);
                foreach (var f in features)
                {
                    if (indices.Count > 0 && indices[^1] == f) values[^1] += 1f;
                    else
                    {
                        indices.Add(f);
                        values.Add(1f);
                    }
                }
                rows.Add(new Row
                {
                    Label = labels.Names[labels.IndexOf(s.Tags[i])],
                    Features = new VBuffer<float>(extractor.Dimension, indices.Count, [.. values], [.. indices]),
                });
            }
        }
        return rows;
    }

    /// <summary>The document-case profile of each sentence's document (consecutive sentences with one document index).</summary>
    internal static DocumentCaseProfile[] DocumentProfiles(IReadOnlyList<NerSentence> sentences)
    {
        var result = new DocumentCaseProfile[sentences.Count];
        for (var start = 0; start < sentences.Count;)
        {
            var end = start + 1;
            while (end < sentences.Count && sentences[end].Document == sentences[start].Document) end++;
            var profile = DocumentCaseProfile.Build(Enumerable.Range(start, end - start).Select(i => (IReadOnlyList<string>)sentences[i].Words));
            for (var i = start; i < end; i++) result[i] = profile;
            start = end;
        }
        return result;
    }

    private sealed class LabelName
    {
        public string Value { get; set; } = "";
    }

    private sealed class Row
    {
        public string Label { get; set; } = "O";

        public VBuffer<float> Features { get; set; }
    }
}
