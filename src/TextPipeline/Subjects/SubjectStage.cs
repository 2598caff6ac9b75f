using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Subjects;

/// <summary>
/// The subject stage (after topics, before tags): gives each article its IPTC Media Topics with
/// <see cref="SubjectModel.Assign"/>. The model is loaded once when the stage is prepared (a missing or unreadable
/// model stops the run: TP4301, TP4302); each article is then classified from its own text alone.
/// </summary>
public sealed class SubjectStage : IArticleStage
{
    /// <summary>The algorithm's version (part of cache keys).</summary>
    public const string AlgorithmVersion = "1";

    public string Name => "subjects";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SubjectDiagnostics.All;

    public IArticleStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        return new Step(preparation.UseModel(SubjectModel.Load, SubjectModel.ModelFileName));
    }

    /// <summary>One article's subjects, from its own tokens and title.</summary>
    public static ArticleAnalysis ProcessArticle(ArticleAnalysis article, SubjectModel model, SubjectSelection? selection = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(model);
        if (!article.IsAnalysable || article.Document is not { } document || document.Tokens.IsEmpty) return article;
        var title = article.Article.Title;
        var keywords = model.Keywords.Count(SubjectKeywords.Words(title), SubjectKeywords.Words(article.Article.Text.ToString()));
        var subjects = model.Assign(SubjectFeatures.Count(document, title), keywords, selection);
        return article with { Subjects = subjects.ToEquatableArray() };
    }

    private sealed class Step(SubjectModel model) : IArticleStep
    {
        public string Version => AlgorithmVersion;

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken) => ProcessArticle(article, model);
    }
}

public static class SubjectStageExtensions
{
    public static AnalysisPipelineBuilder UseSubjects(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new SubjectStage());
    }
}
