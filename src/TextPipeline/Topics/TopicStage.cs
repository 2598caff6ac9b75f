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
            throw new ModelLoadException(Diagnostic.Create(TopicDiagnostics.ModelUnreadable, path, null, null, path, e.Message));
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

    private sealed class CorpusStep(TopicModel? given, ModelInfo? givenInfo, PipelineOptions options) : ICorpusStep
    {
        public string Version => AlgorithmVersion + (givenInfo is null ? "" : "+" + givenInfo.Version);

        public IArticleStep Standalone { get; } = given is null ? new UnchangedStep(AlgorithmVersion) : new Step(given, new Dictionary<string, float[]>());

        public CorpusFit Fit(CorpusAnalysis corpus, CorpusContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(corpus);
            ArgumentNullException.ThrowIfNull(context);
            var articles = corpus.Articles;
            if (given is not null)
            {
                // Bulk inference once (ML.NET scores a batch far faster than one article at a time); the step looks it up.
                var terms = context.Map(articles, a => TopicCorpus.TermsOf(a, given.Metadata.TermMode));
                cancellationToken.ThrowIfCancellationRequested();
                var mixtures = given.InferMixtures(terms);
                return Fitted(given, articles, mixtures);
            }

            var training = TopicCorpus.From(articles, null, context);
            if (training.Documents.Length < MinTrainingArticles)
            {
                return new CorpusFit(new UnchangedStep(AlgorithmVersion))
                {
                    Diagnostics = [Diagnostic.Create(TopicDiagnostics.TooFewArticles, null, null, null, MinTrainingArticles, training.Documents.Length)],
                };
            }
            try
            {
                var (model, trainingMixtures) = TopicModelBuilder.Train(training, options.Topics, new TopicTrainingOptions { Seed = options.Seed }, null, context.Log);
                var bySha = new Dictionary<string, float[]>(StringComparer.Ordinal);
                for (var d = 0; d < training.Documents.Length; d++) bySha.TryAdd(training.Documents[d].Sha256, trainingMixtures[d]);
                var empty = new float[model.Metadata.Topics];
                var mixtures = articles.Select(a => bySha.GetValueOrDefault(a.Article.Sha256) ?? empty).ToArray();
                return Fitted(model, articles, mixtures) with { Models = [ModelInfoOf(model, null)] };
            }
            catch (TopicTrainingException e)
            {
                return new CorpusFit(new UnchangedStep(AlgorithmVersion))
                {
                    Diagnostics = [Diagnostic.Create(TopicDiagnostics.VocabularyTooSmall, null, null, null, e.VocabularySize)],
                };
            }
        }

        private static CorpusFit Fitted(TopicModel model, ImmutableArray<ArticleAnalysis> articles, IReadOnlyList<float[]> mixtures)
        {
            var byId = new Dictionary<string, float[]>(articles.Length, StringComparer.Ordinal);
            for (var i = 0; i < articles.Length; i++) byId[Key(articles[i])] = mixtures[i];
            var topics = WithTopicSizes(model, articles, mixtures);
            return new CorpusFit(new Step(model, byId)) { Complete = corpus => corpus with { Topics = topics } };
        }
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
            if (article.Article.Text.Length > 0 && model.Vocabulary.Vectorize(terms).Slots.Length == 0)
            {
                result = result.AddDiagnostics([Diagnostic.Create(TopicDiagnostics.NoTopicTerms, article.Article.Path, null, article.Id)]);
            }
            return result;
        }
    }

    /// <summary>The model's topics with their sizes: articles (not marked as copies) whose dominant topic it is.</summary>
    private static ImmutableArray<TopicInfo> WithTopicSizes(TopicModel model, ImmutableArray<ArticleAnalysis> articles, IReadOnlyList<float[]> mixtures)
    {
        var idBySlot = model.Metadata.TopicList.ToDictionary(t => t.Slot, t => t.Id);
        var sizes = new Dictionary<int, int>();
        for (var i = 0; i < articles.Length; i++)
        {
            var dominant = TopicTrainer.Dominant(mixtures[i]);
            if (dominant < 0 || articles[i].DuplicateOf is not null) continue;
            sizes[idBySlot[dominant]] = sizes.GetValueOrDefault(idBySlot[dominant]) + 1;
        }
        return [.. model.TopicInfos.Select(t => t with { Size = sizes.GetValueOrDefault(t.Id) })];
    }
}
