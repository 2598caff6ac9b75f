using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases.Training;

/// <summary>An article with gold keyphrases (lower-cased Porter-stemmed phrases) for ranker training.</summary>
internal sealed record KeyphraseTrainingArticle(Article Article, Document Document, IReadOnlyList<Entity> Entities, IReadOnlySet<string> Gold)
{
    /// <summary>Example weight of the article's candidates (editor-gold articles can count more than crowd-keyed ones).</summary>
    public float Weight { get; init; } = 1;

    /// <summary>Extra test for a positive beyond the stemmed gold set (editor gold's canonical matching).</summary>
    public Func<string, bool>? Matches { get; init; }

    public bool IsKey(string stem, string text) => Gold.Contains(stem) || (Matches?.Invoke(text) ?? false);
}

/// <summary>
/// Trains <see cref="KeyphraseRanker"/>: every candidate the extractor finds in a training article is one example,
/// positive when its first occurrence's text, stemmed, is a gold keyphrase. ML.NET L-BFGS logistic regression (one
/// thread, so the same data give the same weights); the weights are exported to a plain scorer.
/// </summary>
internal static class KeyphraseRankerTrainer
{
    public static KeyphraseRanker Train(
        IReadOnlyList<KeyphraseTrainingArticle> articles, DocumentFrequencies background, DocumentFrequencies news, Lexicon.WordClusters clusters, float l1, float l2, int seed, string description,
        IProgress<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(background);
        var rows = new List<Row>();
        foreach (var a in articles)
        {
            foreach (var (c, x) in KeyphraseExtractor.ScoredCandidates(a.Document, a.Article, [.. a.Entities], background, KeyphraseWeights.Default, null, withFeatures: true, newsFrequencies: news, clusters: clusters))
            {
                var stem = PorterStemmer.StemPhrase(a.Document.Text.ToString(c.First));
                rows.Add(new Row { Label = a.IsKey(stem, a.Document.Text.ToString(c.First)), Features = x!, Weight = a.Weight });
            }
        }
        log?.Report($"keyphrase ranker: {articles.Count} articles, {rows.Count:N0} candidates, {rows.Count(r => r.Label):N0} gold");
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, KeyphraseFeatures.Dimension);
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(rows, schema));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = l1,
            L2Regularization = l2,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 500,
        });
        var model = trainer.Fit(data).Model.SubModel;
        return new KeyphraseRanker([.. model.Weights], model.Bias, description, background, news, clusters);
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];

        public float Weight { get; set; } = 1;
    }
}
