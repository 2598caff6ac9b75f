using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Tokenization;

/// <summary>
/// The "tokenize" stage: sets <see cref="ArticleAnalysis.Document"/> from the article text, with headings and
/// paragraphs as blocks that sentences never cross. Prepared once with the tagger model (TP2001/TP2002 when it is
/// missing or unreadable: the run stops rather than tag every word X).
/// </summary>
public sealed class TokenizationStage : IArticleStage
{
    /// <summary>The rules' version; the step's version adds the model's identity.</summary>
    public const string RulesVersion = "1.0";

    public string Name => "tokenize";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TokenizationDiagnostics.All;

    public IArticleStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        var analyzer = preparation.UseModel(TextAnalyzer.Load, TextAnalyzer.ModelFileName);
        if (analyzer.UsesClusters) preparation.UseModel(Lexicon.WordClusters.Load, Lexicon.WordClusters.DefaultFileName);
        if (analyzer.ModelProblem is { } problem) preparation.Report(problem);
        return new Step(analyzer);
    }

    /// <summary>The per-article step with a given analyzer (tests, tools that load their own model).</summary>
    internal static IArticleStep StepWith(TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        return new Step(analyzer);
    }

    private sealed class Step(TextAnalyzer analyzer) : IArticleStep
    {
        public string Version => RulesVersion + "+" + analyzer.ModelVersion;

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(article);
            if (!article.IsAnalysable) return article;
            var source = article.Article;
            try
            {
                var document = analyzer.Analyze(source.Text, source.Paragraphs.AsSpan(), source.Headings.AsSpan(), cancellationToken);
                return article with { Document = document, Counts = new TextCounts(document.Sentences.Length, document.WordCount) };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var failed = Diagnostic.Create(TokenizationDiagnostics.AnalysisFailed, source.Path, null, source.Id, ex.Message);
                return article.AddDiagnostics([failed]) with { Document = new Document(source.Text, [], []) };
            }
        }
    }
}
