using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Models;
using TextPipeline.Pipeline;

namespace TextPipeline.Tagging;

/// <summary>
/// The tag stage (after topics): ranks each article's tags with <see cref="TagRanker"/>. The site's vocabulary is
/// read once when the stage is prepared; a vocabulary that cannot be read stops the run (TP4201) before anything is
/// analysed or written.
/// </summary>
public sealed class TagStage : IArticleStage
{
    /// <summary>The algorithm's version (part of cache keys).</summary>
    public const string AlgorithmVersion = "1";

    public string Name => "tags";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TagDiagnostics.All;

    public IArticleStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        var vocabulary = Vocabulary.Empty;
        if (preparation.Options.VocabularyPath is { } path)
        {
            (vocabulary, var error) = Vocabulary.Load(path);
            if (error is not null) throw new ModelLoadException(Diagnostic.Create(TagDiagnostics.BadVocabulary, path, null, null, path, error));
            preparation.RecordUserFile("vocabulary", path);
        }
        return new Step(vocabulary, preparation.Options.Tags);
    }

    internal static ArticleAnalysis ProcessArticle(ArticleAnalysis article, Vocabulary vocabulary, int count)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!article.IsAnalysable) return article;
        var tags = TagRanker.Rank(
            article.Article.Text, article.Entities.AsSpan(), article.Keyphrases.AsSpan(), article.Topics.AsSpan(), vocabulary, count);
        return article with { Tags = tags.ToEquatableArray() };
    }

    private sealed class Step(Vocabulary vocabulary, int count) : IArticleStep
    {
        public string Version => AlgorithmVersion;

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken) => ProcessArticle(article, vocabulary, count);
    }
}

public static class TagStageExtensions
{
    public static AnalysisPipelineBuilder UseTags(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new TagStage());
    }
}
