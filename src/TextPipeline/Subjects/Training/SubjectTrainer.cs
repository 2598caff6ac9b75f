using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace TextPipeline.Subjects.Training;

/// <summary>One labelled training article: its id, its Media Topic labels and its <see cref="SubjectFeatures"/> counts.</summary>
internal sealed record SubjectTrainingArticle(string Id, string Desk, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, int> Counts);

/// <summary>Settings of <see cref="SubjectTrainer"/>; recorded in the model's description.</summary>
internal sealed record SubjectTrainingOptions
{
    public int Seed { get; init; } = 1;

    public float L1 { get; init; } = 0.005f;

    public float L2 { get; init; } = 0.005f;

    public int Iterations { get; init; } = 200;

    /// <summary>A stem needs this many training articles to be a feature.</summary>
    public int MinDocumentFrequency { get; init; } = 3;

    /// <summary>A topic needs this many labelled articles to be a class (others fall back to their desk's broad topic).</summary>
    public int MinClassSize { get; init; } = 5;
}

/// <summary>
/// Trains the subject classifier with ML.NET (L-BFGS multinomial logistic regression, one thread so the same data
/// and seed give the same model) and exports its weights into a <see cref="SubjectModel"/> that scores without
/// ML.NET. An article with two labels is two rows of weight ½.
/// </summary>
internal static class SubjectTrainer
{
    public static SubjectModel Train(IReadOnlyList<SubjectTrainingArticle> articles, MediaTopics topics, SubjectTrainingOptions options, string description, IProgress<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(options);

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var stem in a.Counts.Keys) df[stem] = df.GetValueOrDefault(stem) + 1;
        }
        var features = df.Where(p => p.Value >= options.MinDocumentFrequency).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var n = articles.Count;
        var idf = features.Select(f => (float)(Math.Log((n + 1.0) / (df[f] + 1.0)) + 1)).ToArray();

        var sizes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var l in a.Labels) sizes[l] = sizes.GetValueOrDefault(l) + 1;
        }
        string ClassOf(string label) => sizes[label] >= options.MinClassSize ? label
            : NewsDesks.DeskOf(topics, label) is { } desk ? NewsDesks.DefaultTopic(desk) : label;
        var classes = articles.SelectMany(a => a.Labels).Select(ClassOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // Vectors exactly as the model computes them at run time.
        var probe = new SubjectModel(topics, classes, features, idf, new float[features.Count * classes.Count], new float[classes.Count], [], "");
        var rows = new List<Row>();
        foreach (var a in articles)
        {
            var vector = probe.Vectorize(a.Counts);
            var values = new VBuffer<float>(features.Count, vector.Count, [.. vector.Select(v => (float)v.Value)], [.. vector.Select(v => v.Feature)]);
            var labels = a.Labels.Select(ClassOf).Distinct(StringComparer.Ordinal).ToList();
            foreach (var label in labels) rows.Add(new Row { Label = label, Weight = 1f / labels.Count, Features = values });
        }
        log?.Report($"subjects: {articles.Count:N0} articles, {rows.Count:N0} rows, {classes.Count} classes, {features.Count:N0} features");

        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Count);
        var keyData = ml.Data.LoadFromEnumerable(classes.Select(c => new LabelName { Value = c }));
        var raw = ml.Data.LoadFromEnumerable(rows, schema);
        var data = ml.Data.Cache(ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(Row.Label), keyData: keyData).Fit(raw).Transform(raw));
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            MaximumNumberOfIterations = options.Iterations,
            OptimizationTolerance = 1e-6f,
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var parameters = trainer.Fit(data).Model;
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out var classCount);
        if (classCount != classes.Count) throw new InvalidOperationException($"ML.NET trained {classCount} classes, expected {classes.Count}.");
        var c = classes.Count;
        var weights = new float[features.Count * c];
        for (var y = 0; y < c; y++)
        {
            var values = perClass[y].GetValues();
            var indices = perClass[y].GetIndices();
            for (var k = 0; k < values.Length; k++)
            {
                var f = perClass[y].IsDense ? k : indices[k];
                weights[f * c + y] = values[k];
            }
        }
        return new SubjectModel(topics, classes, features, idf, weights, parameters.GetBiases().ToArray(), [.. articles.Select(a => a.Id)], description);
    }

    /// <summary>
    /// Self-training: an article labelled only with a broad (top-level) topic takes the model's likeliest narrower
    /// topic of its own desk instead, when the model gives it at least <paramref name="minProbability"/>.
    /// </summary>
    public static List<SubjectTrainingArticle> Relabel(SubjectModel model, IReadOnlyList<SubjectTrainingArticle> articles, double minProbability)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(articles);
        var result = new List<SubjectTrainingArticle>(articles.Count);
        foreach (var a in articles)
        {
            if (a.Labels.Count != 1 || model.Topics.Depth(a.Labels[0]) != 0)
            {
                result.Add(a);
                continue;
            }
            var p = model.Predict(a.Counts);
            var best = -1;
            for (var y = 0; y < p.Length; y++)
            {
                if (model.Topics.Depth(model.Classes[y]) == 0 || NewsDesks.DeskOf(model.Topics, model.Classes[y]) != a.Desk) continue;
                if (best < 0 || p[y] > p[best]) best = y;
            }
            result.Add(best >= 0 && p[best] >= minProbability ? a with { Labels = [model.Classes[best]] } : a);
        }
        return result;
    }

    private sealed class LabelName
    {
        public string Value { get; set; } = "";
    }

    private sealed class Row
    {
        public string Label { get; set; } = "";

        public float Weight { get; set; } = 1;

        public VBuffer<float> Features { get; set; }
    }
}
