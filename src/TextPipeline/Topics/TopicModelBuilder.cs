using System.Globalization;

namespace TextPipeline.Topics;

/// <summary>
/// Trains a topic model on a <see cref="TopicCorpus"/>: picks K (<c>auto</c>: <see cref="TopicCountSelector"/>),
/// fits, and records the auto curve. The one way <c>run</c> and <c>train topics</c> train, so the same folder gives
/// the same K and the same model from both.
/// </summary>
public static class TopicModelBuilder
{
    /// <param name="topics">K, or null for auto.</param>
    /// <param name="previous">An earlier model whose matching topics keep their ids.</param>
    /// <exception cref="TopicTrainingException">The vocabulary is too small for K topics.</exception>
    public static (TopicModel Model, float[][] Mixtures) Train(
        TopicCorpus corpus, int? topics, TopicTrainingOptions options, TopicModelMetadata? previous = null, IProgress<string>? log = null, PhaseTimer? timer = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
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
