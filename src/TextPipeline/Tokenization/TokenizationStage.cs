using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Tokenization;

/// <summary>
/// The "tokenize" stage: sets <see cref="ArticleAnalysis.Document"/> from the article text, with headings and
/// paragraphs as blocks that sentences never cross. Reports a missing model once per article; never throws.
/// </summary>
public sealed class TokenizationStage : IArticleStage
{
    private readonly Func<StageContext, TextAnalyzer> _analyzerFor;

    public TokenizationStage() : this(AnalyzerFor)
    {
    }

    public TokenizationStage(TextAnalyzer analyzer) : this(_ => analyzer, analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
    }

    private TokenizationStage(Func<StageContext, TextAnalyzer> analyzerFor, TextAnalyzer? fixedAnalyzer = null)
    {
        _analyzerFor = analyzerFor;
        _fixedAnalyzer = fixedAnalyzer;
    }

    private readonly TextAnalyzer? _fixedAnalyzer;

    public string Name => "tokenize";

    /// <summary>Rules version plus the model's identity, so cached results are dropped when the model changes.</summary>
    public string Version => "1.0+" + (_fixedAnalyzer ?? TextAnalyzer.Default).ModelVersion;

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TokenizationDiagnostics.All;

    public ImmutableArray<ModelInfo> ModelsUsed(StageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_fixedAnalyzer is not null) return [];
        return [.. new[] { TextAnalyzer.ModelFileName, Lexicon.WordClusters.DefaultFileName }
            .Select(file => ModelFiles.Describe(file, context.Options.ModelsDirectory)).OfType<ModelInfo>()];
    }

    public ArticleAnalysis Process(ArticleAnalysis article, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        if (!article.IsAnalysable) return article;
        var analyzer = _analyzerFor(context);
        var source = article.Article;
        Document document;
        try
        {
            document = analyzer.Analyze(source.Text, source.Paragraphs.AsSpan(), source.Headings.AsSpan(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failed = Diagnostic.Create(TokenizationDiagnostics.AnalysisFailed, source.Path, null, source.Id, ex.Message);
            return article.AddDiagnostics([failed]) with { Document = new Document(source.Text, [], []) };
        }
        var result = article with { Document = document };
        if (analyzer.ModelProblem is { } problem)
        {
            result = result.AddDiagnostics([problem with { Path = source.Path, ArticleId = source.Id }]);
        }
        return result;
    }

    private static TextAnalyzer AnalyzerFor(StageContext context) =>
        context.Options.ModelsDirectory is { } dir ? Cache.For(dir) : TextAnalyzer.Default;

    /// <summary>One analyzer per explicit models folder (options may name one other than the shipped folder).</summary>
    private static class Cache
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<TextAnalyzer>> s_byDir = new(StringComparer.Ordinal);

        public static TextAnalyzer For(string dir) => s_byDir.GetOrAdd(dir, d => new Lazy<TextAnalyzer>(() => TextAnalyzer.Load(d))).Value;
    }
}
