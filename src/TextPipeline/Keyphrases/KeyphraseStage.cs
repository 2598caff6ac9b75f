using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Keyphrases;

/// <summary>
/// The keyphrase stage: candidates scored by the learned ranker (and the taggability ranker that decides which become
/// tags), which read only shipped tables (general and news document frequencies), never statistics of the current
/// run: an article's keyphrases depend on the article alone, so they are the same in a run of one article, of the
/// whole archive, or after another article changed. Everything is loaded once when the stage is prepared.
/// </summary>
public sealed class KeyphraseStage : IArticleStage
{
    /// <summary>The algorithm's version (part of cache keys; the models' identities are in the keys too).</summary>
    public const string AlgorithmVersion = "3";

    public string Name => "keyphrases";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => KeyphraseDiagnostics.All;

    public IArticleStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        var ranker = preparation.UseModel(m => KeyphraseRanker.Load(m), KeyphraseRanker.ModelFileName, DocumentFrequencies.ModelFileName,
            DocumentFrequencies.NewsModelFileName, Lexicon.WordClusters.DefaultFileName);
        var tagRanker = preparation.UseModel(m => KeyphraseRanker.Load(m, KeyphraseRanker.TagModelFileName), KeyphraseRanker.TagModelFileName);
        return new Step(ranker, tagRanker);
    }

    /// <summary>Keyphrases of one article (the rankers carry the tables they read).</summary>
    internal static ArticleAnalysis ProcessArticle(ArticleAnalysis article, KeyphraseRanker ranker, KeyphraseRanker tagRanker)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(ranker);
        if (!article.IsAnalysable) return article;
        if (article.Document is not { } document)
        {
            if (article.Article.Text.Length == 0) return article;
            return article.AddDiagnostics([Diagnostic.Create(KeyphraseDiagnostics.NotTokenized, article.Article.Path, null, article.Id)]);
        }
        var keyphrases = KeyphraseExtractor.Extract(document, article.Article, article.Entities.AsSpan(), ranker.Background, ranker: ranker, tagRanker: tagRanker);
        return article with { Keyphrases = keyphrases.ToEquatableArray() };
    }

    private sealed class Step(KeyphraseRanker ranker, KeyphraseRanker tagRanker) : IArticleStep
    {
        public string Version => AlgorithmVersion;

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken) => ProcessArticle(article, ranker, tagRanker);
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
