using System.Globalization;

namespace TextPipeline.Topics;

/// <summary>
/// Trains a topic model on a <see cref="TopicCorpus"/> (on a deterministic sample of <see cref="MaxTrainingArticles"/>
/// when it is larger): picks K (<c>auto</c>: <see cref="TopicCountSelector"/>), fits, and records the auto curve. The
/// mixtures returned are those of the articles trained on. The one way <c>run</c> and <c>train topics</c> train, so the same folder gives
/// the same K and the same model from both.
/// </summary>
public static class TopicModelBuilder
{
    /// <summary>
    /// Larger corpora train on a sample of this many articles (<see cref="TopicCorpus.Sample"/>), so training costs the
    /// same at 100 thousand or 10 million articles; the model is then applied to every article. The K grid stops at 25
    /// topics, and 10,000 articles give each of 25 topics 400 articles on average, 40 times the least a K is tried with.
    /// </summary>
    internal const int MaxTrainingArticles = 10_000;

    /// <param name="topics">K, or null for auto.</param>
    /// <param name="previous">An earlier model whose matching topics keep their ids.</param>
    /// <exception cref="TopicTrainingException">The vocabulary is too small for K topics.</exception>
    public static (TopicModel Model, float[][] Mixtures) Train(
        TopicCorpus corpus, int? topics, TopicTrainingOptions options, TopicModelMetadata? previous = null, IProgress<string>? log = null, PhaseTimer? timer = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        if (corpus.Documents.Length > MaxTrainingArticles)
        {
            log?.Report(string.Create(CultureInfo.InvariantCulture, $"topics: training on a sample of {MaxTrainingArticles} of {corpus.Documents.Length} articles"));
            corpus = corpus.Sample(MaxTrainingArticles);
        }
        IReadOnlyList<TopicCountScore> curve = [];
        var k = topics ?? 0;
        if (k == 0)
        {
            (k, curve) = TopicCountSelector.Select(corpus.Documents, options, corpus.Mode, log);
            log?.Report(string.Create(CultureInfo.InvariantCulture, $"topics auto: chose K={k}"));
        }
        var (model, mixtures) = TopicTrainer.Fit(corpus.Documents, options with { Topics = k }, corpus.Mode, previous, timer);
        return (model.WithScores(model.Metadata.Scores with { Curve = curve }), mixtures);
    }
}
