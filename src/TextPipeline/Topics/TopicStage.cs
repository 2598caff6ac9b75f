using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Topics;

/// <summary>
/// Gives every article its topic mixture. With <see cref="PipelineOptions.TopicsModelPath"/> the saved model is
/// applied; otherwise a model is trained on the run's own articles (byte-identical copies counted once) when there
/// are at least <see cref="MinTrainingArticles"/>, else TP5001 and no topics. The native sampler's thread count is
/// fixed by the model options, not by --jobs, so the output is the same for every --jobs.
/// </summary>
public sealed class TopicStage : ICorpusStage
{
    public const int MinTrainingArticles = 50;

    public string Name => "topics";

    public string Version => "2";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TopicDiagnostics.All;

    public CorpusAnalysis Process(CorpusAnalysis corpus, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var articles = corpus.Articles;
        if (options.TopicsModelPath is { } path)
        {
            TopicModel loaded;
            try
            {
                loaded = TopicModel.Load(path);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var descriptor = e is TopicModelInvalidException ? TopicDiagnostics.ModelInconsistent : TopicDiagnostics.ModelUnreadable;
                return corpus with { Diagnostics = corpus.Diagnostics.Add(Diagnostic.Create(descriptor, path, null, null, path, e.Message)) };
            }
            var terms = articles.Select(a => a.IsAnalysable ? TermExtractor.Extract(a.Article.Text.ToString(), a.Document, loaded.Metadata.TermMode, a.Article.Title) : []).ToList();
            cancellationToken.ThrowIfCancellationRequested();
            return Apply(corpus, loaded, terms, loaded.InferMixtures(terms), Path.GetFullPath(path));
        }

        var unique = UniqueByContent(articles);
        if (unique.Count < MinTrainingArticles)
        {
            return corpus with { Diagnostics = corpus.Diagnostics.Add(Diagnostic.Create(TopicDiagnostics.TooFewArticles, null, null, null, MinTrainingArticles, unique.Count)) };
        }
        var mode = unique.Count(i => TermExtractor.HasLemmas(articles[i].Document)) * 2 > unique.Count ? TermMode.Lemma : TermMode.Surface;
        var allTerms = articles.Select(a => a.IsAnalysable ? TermExtractor.Extract(a.Article.Text.ToString(), a.Document, mode, a.Article.Title) : []).ToList();
        var documents = unique.Select(i => new TopicDocument(articles[i].Id, articles[i].Article.Sha256, allTerms[i])).ToList();
        var training = new TopicTrainingOptions { Seed = options.Seed };
        var k = options.Topics ?? 0;
        IReadOnlyList<TopicCountScore> curve = [];
        try
        {
            if (k == 0)
            {
                (k, curve) = TopicCountSelector.Select(documents, training, mode, context.Log);
                context.Log.Report($"topics: chose K={k}");
            }
            cancellationToken.ThrowIfCancellationRequested();
            var (model, mixtures) = TopicTrainer.Fit(documents, training with { Topics = k }, mode);
            model = model.WithScores(model.Metadata.Scores with { Curve = curve });
            var bySha = new Dictionary<string, float[]>(StringComparer.Ordinal);
            for (var d = 0; d < documents.Count; d++) bySha.TryAdd(documents[d].Sha256, mixtures[d]);
            var all = articles.Select(a => bySha.TryGetValue(a.Article.Sha256, out var m) && a.IsAnalysable ? m : new float[k]).ToArray();
            return Apply(corpus, model, allTerms, all, null);
        }
        catch (TopicTrainingException e)
        {
            return corpus with { Diagnostics = corpus.Diagnostics.Add(Diagnostic.Create(TopicDiagnostics.VocabularyTooSmall, null, null, null, e.VocabularySize)) };
        }
    }

    /// <summary>Indices of the first article (by id) of each distinct input content, skipping empty articles.</summary>
    private static List<int> UniqueByContent(ImmutableArray<ArticleAnalysis> articles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<int>();
        for (var i = 0; i < articles.Length; i++)
        {
            if (articles[i].Article.Text.Length > 0 && articles[i].IsAnalysable && seen.Add(articles[i].Article.Sha256)) unique.Add(i);
        }
        return unique;
    }

    private static CorpusAnalysis Apply(CorpusAnalysis corpus, TopicModel model, IReadOnlyList<List<TopicTerm>> terms, IReadOnlyList<float[]> mixtures, string? modelPath)
    {
        var articles = corpus.Articles;
        var updated = new ArticleAnalysis[articles.Length];
        var sizes = new Dictionary<int, int>();
        var idBySlot = model.Metadata.TopicList.ToDictionary(t => t.Slot, t => t.Id);
        for (var i = 0; i < articles.Length; i++)
        {
            var article = articles[i] with { Topics = model.ToWeights(mixtures[i]) };
            var dominant = TopicTrainer.Dominant(mixtures[i]);
            if (dominant >= 0 && article.DuplicateOf is null) sizes[idBySlot[dominant]] = sizes.GetValueOrDefault(idBySlot[dominant]) + 1;
            if (article.Article.Text.Length > 0 && article.IsAnalysable && model.Vocabulary.Vectorize(terms[i]).Slots.Length == 0)
            {
                article = article.AddDiagnostics([Diagnostic.Create(TopicDiagnostics.NoTopicTerms, article.Article.Path, null, article.Id)]);
            }
            updated[i] = article;
        }
        var topics = model.TopicInfos.Select(t => t with { Size = sizes.GetValueOrDefault(t.Id) }).ToImmutableArray();
        var meta = model.Metadata;
        var info = new ModelInfo("topics", $"lda-k{meta.Topics}-seed{meta.Seed}-{meta.TermMode.ToString().ToLowerInvariant()}", model.Sha256, modelPath);
        return corpus with { Articles = [.. updated], Topics = topics, Models = corpus.Models.Add(info) };
    }
}
