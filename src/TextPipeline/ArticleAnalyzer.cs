using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Ingestion;
using TextPipeline.Models;
using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Text;

namespace TextPipeline;

/// <summary>
/// The library's entry point, in the manner of spaCy's <c>nlp(text)</c>, Catalyst's <c>ProcessSingle</c> and ML.NET's
/// <c>PredictionEngine</c>: create it once (models load then; that takes a few hundred milliseconds), then call
/// <see cref="Analyze(string, string)"/> for each article, from any number of threads. An article is analysed
/// exactly as <c>textpipeline run</c> analyses it, except what needs a corpus: it gets no related links, topics only
/// from a given topic model, and keyphrase IDF from the shipped background table.
/// </summary>
/// <example>
/// <code>
/// var analyzer = ArticleAnalyzer.Create();
/// ArticleAnalysis result = analyzer.Analyze("Kim Jong Un visited Moscow on Tuesday.");
/// foreach (var tag in result.Tags) Console.WriteLine($"{tag.Name} ({tag.Kind})");
/// </code>
/// </example>
public sealed class ArticleAnalyzer
{
    private readonly DiagnosticOptions _diagnosticOptions;
    private readonly Ingestor _ingestor;

    private ArticleAnalyzer(PreparedPipeline pipeline, DiagnosticOptions diagnosticOptions)
    {
        Pipeline = pipeline;
        _diagnosticOptions = diagnosticOptions;
        _ingestor = new Ingestor(pipeline.Options.MaxFileBytes);
    }

    /// <summary>The prepared pipeline (stages, models used, run-level diagnostics).</summary>
    public PreparedPipeline Pipeline { get; }

    /// <summary>
    /// Loads the models (from <paramref name="models"/>, else <see cref="PipelineOptions.ModelsDirectory"/>, else the
    /// ones embedded in the library) and the files the options name (site gazetteer, vocabulary, topic model).
    /// </summary>
    /// <exception cref="ModelLoadException">A model or a named file is missing or cannot be read; its
    /// <see cref="ModelLoadException.Diagnostic"/> says which.</exception>
    /// <remarks>
    /// With <see cref="PipelineOptions.StateDirectory"/> (a folder a <c>run</c> kept its state in), articles get the
    /// site's topic model and corpus statistics, as in that run.
    /// </remarks>
    public static ArticleAnalyzer Create(PipelineOptions? options = null, DiagnosticOptions? diagnosticOptions = null, ModelStore? models = null, IProgress<string>? log = null)
    {
        options ??= new PipelineOptions();
        var pipeline = AnalysisPipeline.Default.Prepare(options, models, log);
        if (options.StateDirectory is { } state && Directory.Exists(state))
        {
            using var store = TextPipeline.Pipeline.State.StateStore.Open(state, out _);
            pipeline = pipeline.WithState(store.Load());
        }
        return new ArticleAnalyzer(pipeline, diagnosticOptions ?? DiagnosticOptions.Default);
    }

    /// <summary>Analyses plain text (the first line is the title when it looks like one, as for .txt files).</summary>
    public ArticleAnalysis Analyze(string text, string id = "article")
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(ArticleSource.FromText(text, id));
    }

    /// <summary>
    /// Analyses one article held in memory (text, HTML, Markdown or a JSON record). When the input gives several
    /// articles (a JSON array) the first is returned; <see cref="AnalyzeAll"/> returns them all. When it gives none
    /// (malformed JSON, a record without a body), the result is an empty article carrying the diagnostics that say why.
    /// </summary>
    public ArticleAnalysis Analyze(ArticleSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var all = AnalyzeAll(source, cancellationToken);
        return all.IsEmpty ? EmptyArticle(source, _ingestor.Read(source, cancellationToken).Diagnostics) : all[0];
    }

    /// <summary>Every article of an input held in memory, each analysed on its own, in id order.</summary>
    public ImmutableArray<ArticleAnalysis> AnalyzeAll(ArticleSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return AnalyzeIngested(_ingestor.Read(source, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Every article of one input file (any format <c>run</c> reads, optionally .gz), each analysed on its own, in id
    /// order; ids as <c>run</c> gives them to a file named directly. Files that give no article yield an empty list:
    /// <see cref="ReadFile"/> has their diagnostics.
    /// </summary>
    public ImmutableArray<ArticleAnalysis> AnalyzeFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return AnalyzeIngested(ReadFile(path, cancellationToken), cancellationToken);
    }

    /// <summary>Ingests one file as <c>run</c> would (for its diagnostics when it gives no article).</summary>
    public IngestedCorpus ReadFile(string path, CancellationToken cancellationToken = default) =>
        _ingestor.Ingest([path], new ParallelOptions { MaxDegreeOfParallelism = 1, CancellationToken = cancellationToken });

    /// <summary>Articles already ingested (<see cref="ReadFile"/>, <see cref="Ingestor"/>), each analysed on its own.</summary>
    public ImmutableArray<ArticleAnalysis> AnalyzeIngested(IngestedCorpus ingested, CancellationToken cancellationToken = default) =>
        [.. ingested.Articles.Select(article =>
        {
            var fileDiagnostics = ingested.Diagnostics.Where(d => d.ArticleId == article.Id || d.ArticleId is null);
            var withFile = article with { Diagnostics = article.Diagnostics.Concat(fileDiagnostics).ToEquatableArray() };
            return Configure(Pipeline.AnalyzeArticle(withFile, cancellationToken));
        })];

    /// <summary>The article's record as <c>textpipeline run</c> writes it to <c>articles.jsonl</c>.</summary>
    public static string ToJson(ArticleAnalysis analysis, bool indented = false) => ArticleJsonWriter.ToJson(analysis, indented);

    private ArticleAnalysis Configure(ArticleAnalysis analysis) => analysis with
    {
        Diagnostics = _diagnosticOptions.Configure(analysis.Diagnostics.Concat(Pipeline.Diagnostics.Select(d => d with { ArticleId = analysis.Id }))).ToEquatableArray(),
    };

    private ArticleAnalysis EmptyArticle(ArticleSource source, ImmutableArray<Diagnostic> diagnostics)
    {
        var file = source.ToInputFile();
        var article = new Article(source.Name, file.RelativePath, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(source.Bytes)),
            source.Format, ArticleText.From(""), new ArticleMetadata(null, null, null, null), [], [], diagnostics.ToEquatableArray());
        return Configure(new ArticleAnalysis(article));
    }
}
