using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Models;
using TextPipeline.Pipeline;

namespace TextPipeline.Topics;

/// <summary>
/// Gives every article its topic mixture. With <see cref="PipelineOptions.TopicsModelPath"/> the saved model is
/// loaded when the stage is prepared and applied (also to single articles); otherwise a model is trained on the
/// corpus (byte-identical copies counted once) when it has at least <see cref="MinTrainingArticles"/>, else TP5001
/// and no topics. The native sampler's thread count is fixed by the model options, not by --jobs, so the output is
/// the same for every --jobs.
/// </summary>
public sealed class TopicStage : ICorpusStage
{
    public const int MinTrainingArticles = 50;

    /// <summary>The algorithm's version (part of cache keys).</summary>
    public const string AlgorithmVersion = "2";

    public string Name => "topics";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TopicDiagnostics.All;

    public ICorpusStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        var options = preparation.Options;
        if (options.TopicsModelPath is not { } path) return new CorpusStep(null, null, options);
        TopicModel loaded;
        try
        {
            loaded = TopicModel.Load(path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var descriptor = e is TopicModelInvalidException ? TopicDiagnostics.ModelInconsistent : TopicDiagnostics.ModelUnreadable;
            throw new ModelLoadException(Diagnostic.Create(descriptor, path, null, null, path, e.Message));
        }
        var info = ModelInfoOf(loaded, Path.GetFullPath(path));
        preparation.Record(info);
        return new CorpusStep(loaded, info, options);
    }

    private static ModelInfo ModelInfoOf(TopicModel model, string? path)
    {
        var meta = model.Metadata;
        return new ModelInfo("topics", $"lda-k{meta.Topics}-seed{meta.Seed}-{meta.TermMode.ToString().ToLowerInvariant()}", model.Sha256, path);
    }

    /// <summary>The state entry that keeps the topic model trained on the site's articles between runs.</summary>
    public const string StateEntry = "topics.model";

    private sealed class CorpusStep(TopicModel? given, ModelInfo? givenInfo, PipelineOptions options) : ICorpusStep
    {
        public string Version => AlgorithmVersion + (givenInfo is null ? "" : "+" + givenInfo.Version);

        public IArticleStep Standalone { get; } = given is null ? new UnchangedStep(AlgorithmVersion) : new Step(given, new Dictionary<string, float[]>());

        public CorpusFit? Restore(IReadOnlyDictionary<string, byte[]> state, bool retrain)
        {
            if (given is not null) return Applied(given, new Dictionary<string, float[]>());
            if (retrain || !state.TryGetValue(StateEntry, out var bytes)) return null;
            var kept = TopicModel.FromBytes(bytes);
            var asked = options.Topics is { } k && k != kept.Metadata.Topics
                ? [Diagnostic.Create(TopicDiagnostics.KeptModelApplied, null, null, null, kept.Metadata.Topics, k)]
                : ImmutableArray<Diagnostic>.Empty;
            return Applied(kept, new Dictionary<string, float[]>()) with { Models = [ModelInfoOf(kept, null)], Diagnostics = asked };
        }

        public CorpusFit Fit(CorpusAnalysis corpus, CorpusContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(corpus);
            ArgumentNullException.ThrowIfNull(context);
            var articles = corpus.Articles;
            if (given is not null) return Applied(given, InferAll(given, articles, context, cancellationToken));

            var training = TopicCorpus.From(articles, null, context);
            if (training.Documents.Length < MinTrainingArticles)
            {
                return new CorpusFit(new UnchangedStep(AlgorithmVersion))
                {
                    Diagnostics = [Diagnostic.Create(TopicDiagnostics.TooFewArticles, null, null, null, MinTrainingArticles, training.Documents.Length)],
                };
            }
            // Retraining keeps the ids of the topics the earlier model had (Hungarian matching on their terms).
            var previous = context.State.TryGetValue(StateEntry, out var kept) ? TopicModel.FromBytes(kept).Metadata : null;
            try
            {
                var (model, _) = TopicModelBuilder.Train(training, options.Topics, new TopicTrainingOptions { Seed = options.Seed }, previous, context.Log);
                // Every article gets its inferred mixture, as later runs will when they apply the kept model.
                return Applied(model, InferAll(model, articles, context, cancellationToken)) with
                {
                    Models = [ModelInfoOf(model, null)],
                    State = ImmutableDictionary<string, byte[]?>.Empty.Add(StateEntry, model.ToBytes()),
                };
            }
            catch (TopicTrainingException e)
            {
                return new CorpusFit(new UnchangedStep(AlgorithmVersion))
                {
                    Diagnostics = [Diagnostic.Create(TopicDiagnostics.VocabularyTooSmall, null, null, null, e.VocabularySize)],
                };
            }
        }

        /// <summary>Bulk inference (ML.NET scores a batch far faster than one article at a time); the step looks it up.</summary>
        private static Dictionary<string, float[]> InferAll(TopicModel model, ImmutableArray<ArticleAnalysis> articles, CorpusContext context, CancellationToken cancellationToken)
        {
            var terms = context.Map(articles, a => TopicCorpus.TermsOf(a, model.Metadata.TermMode));
            cancellationToken.ThrowIfCancellationRequested();
            var mixtures = model.InferMixtures(terms);
            var byKey = new Dictionary<string, float[]>(articles.Length, StringComparer.Ordinal);
            for (var i = 0; i < articles.Length; i++) byKey[Key(articles[i])] = mixtures[i];
            return byKey;
        }

        private static CorpusFit Applied(TopicModel model, Dictionary<string, float[]> inferred) =>
            new(new Step(model, inferred)) { Complete = corpus => corpus with { Topics = WithTopicSizes(model, corpus.Articles) } };
    }

    /// <summary>Looks an article up by id and content hash, so a mixture never goes to another article.</summary>
    private static string Key(ArticleAnalysis article) => article.Id + "\n" + article.Article.Sha256;

    /// <summary>Applies a model to one article: the mixture inferred in bulk at fit time, else inferred now.</summary>
    private sealed class Step(TopicModel model, IReadOnlyDictionary<string, float[]> inferred) : IArticleStep
    {
        public string Version => AlgorithmVersion + "+" + model.Sha256[..12];

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(article);
            var terms = TopicCorpus.TermsOf(article, model.Metadata.TermMode);
            var mixture = inferred.TryGetValue(Key(article), out var known) ? known : model.InferMixtures([terms])[0];
            var result = article with { Topics = model.ToWeights(mixture) };
            if (article.Article.Text.Length > 0 && article.IsAnalysable && model.Vocabulary.Vectorize(terms).Slots.Length == 0)
            {
                result = result.AddDiagnostics([Diagnostic.Create(TopicDiagnostics.NoTopicTerms, article.Article.Path, null, article.Id)]);
            }
            return result;
        }
    }

    /// <summary>The model's topics with their sizes: articles (not marked as copies) whose strongest topic it is.</summary>
    private static ImmutableArray<TopicInfo> WithTopicSizes(TopicModel model, ImmutableArray<ArticleAnalysis> articles)
    {
        var sizes = new Dictionary<int, int>();
        foreach (var article in articles)
        {
            if (article.DuplicateOf is not null || article.Topics.IsEmpty) continue;
            var dominant = article.Topics[0].Id;
            sizes[dominant] = sizes.GetValueOrDefault(dominant) + 1;
        }
        return [.. model.TopicInfos.Select(t => t with { Size = sizes.GetValueOrDefault(t.Id) })];
    }
}
