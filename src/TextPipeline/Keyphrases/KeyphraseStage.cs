using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>
/// The keyphrase stage. A corpus stage because IDF comes from the run's own articles when there are at least
/// <see cref="MinCorpusForIdf"/> (else from the shipped background table); each article is then scored on its own,
/// so the result does not depend on threads.
/// </summary>
public sealed class KeyphraseStage : ICorpusStage
{
    /// <summary>Below this many articles, document frequencies are noise: IDF is left out.</summary>
    public const int MinCorpusForIdf = 5;

    public string Name => "keyphrases";

    public string Version => "2";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => KeyphraseDiagnostics.All;

    // The background table is the shipped one whatever the models folder option says (see DocumentFrequencies).
    public ImmutableArray<ModelInfo> ModelsUsed(StageContext context) =>
        [.. new[] { ModelFiles.Describe(DocumentFrequencies.ModelFileName, null), ModelFiles.Describe(KeyphraseRanker.ModelFileName, context?.ModelsDirectory),
            ModelFiles.Describe(KeyphraseRanker.TagModelFileName, context?.ModelsDirectory), ModelFiles.Describe(DocumentFrequencies.NewsModelFileName, context?.ModelsDirectory) }.OfType<ModelInfo>()];

    public CorpusAnalysis Process(CorpusAnalysis corpus, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(context);
        // The learned ranker reads only the shipped background table, so an article's keyphrases depend on it alone.
        var ranker = KeyphraseRanker.LoadShipped(context.ModelsDirectory).Ranker;
        var tagRanker = ranker is null ? null : KeyphraseRanker.LoadShipped(context.ModelsDirectory, KeyphraseRanker.TagModelFileName).Ranker;
        var documents = corpus.Articles.Select(a => a.Document).OfType<Document>().ToList();
        var frequencies = ranker is null && documents.Count >= MinCorpusForIdf ? DocumentFrequencies.Build(documents) : DocumentFrequencies.Background;
        var results = new ArticleAnalysis[corpus.Articles.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.Jobs), CancellationToken = cancellationToken };
        Parallel.For(0, results.Length, parallel, i => results[i] = ProcessArticle(corpus.Articles[i], frequencies, ranker, tagRanker));
        return corpus with { Articles = [.. results] };
    }

    public static ArticleAnalysis ProcessArticle(ArticleAnalysis article, DocumentFrequencies frequencies, KeyphraseRanker? ranker = null, KeyphraseRanker? tagRanker = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Document is not { } document)
        {
            if (article.Article.Text.Length == 0) return article;
            return article.AddDiagnostics([Diagnostic.Create(KeyphraseDiagnostics.NotTokenized, article.Article.Path, null, article.Id)]);
        }
        var keyphrases = KeyphraseExtractor.Extract(document, article.Article, article.Entities.AsSpan(), frequencies, ranker: ranker, tagRanker: tagRanker);
        return article with { Keyphrases = keyphrases.ToEquatableArray() };
    }
}

public static class KeyphraseStageExtensions
{
    public static AnalysisPipelineBuilder UseKeyphrases(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new KeyphraseStage());
    }
}
