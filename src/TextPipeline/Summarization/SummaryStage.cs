using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Summarization;

/// <summary>The summary stage: one budgeted extractive summary per article (<see cref="Summarizer"/>).</summary>
public sealed class SummaryStage : IArticleStage
{
    /// <summary>The algorithm's version (part of cache keys).</summary>
    public const string AlgorithmVersion = "1";

    public string Name => "summaries";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SummaryDiagnostics.All;

    public IArticleStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        return new Step(preparation.Options);
    }

    /// <summary>The summary of one article with the budget the options give.</summary>
    internal static ArticleAnalysis ProcessArticle(ArticleAnalysis article, PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(options);
        if (!article.IsAnalysable) return article;
        if (article.Document is not { } document)
        {
            if (article.Article.Text.Length == 0) return article;
            return article.AddDiagnostics([Diagnostic.Create(SummaryDiagnostics.NotTokenized, article.Article.Path, null, article.Id)]);
        }
        if (document.Sentences.IsEmpty) return article;
        var budget = SummaryBudget.For(document.Sentences.Length, options.SummarySentences, options.SummaryRatio, options.SummaryChars);
        var (summary, truncated) = Summarizer.Summarize(document, article.Article, article.Entities.AsSpan(), budget);
        var result = article with { Summary = summary };
        if (truncated)
        {
            var start = summary.Sentences[0].Start;
            var at = article.Article.SourceMap?.Map(start) ?? article.Article.Text.GetLinePosition(start);
            return result.AddDiagnostics([Diagnostic.Create(SummaryDiagnostics.Truncated, article.Article.Path, at, article.Id, budget.Chars)]);
        }
        if (summary.Sentences.IsEmpty)
        {
            return result.AddDiagnostics([Diagnostic.Create(SummaryDiagnostics.NoSentences, article.Article.Path, null, article.Id)]);
        }
        return result;
    }

    private sealed class Step(PipelineOptions options) : IArticleStep
    {
        public string Version => AlgorithmVersion;

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken) => ProcessArticle(article, options);
    }
}

public static class SummaryStageExtensions
{
    public static AnalysisPipelineBuilder UseSummaries(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new SummaryStage());
    }
}
