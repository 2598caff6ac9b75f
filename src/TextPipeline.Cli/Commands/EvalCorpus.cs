using System.Collections.Immutable;
using System.CommandLine;
using TextPipeline.Ingestion;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// How every <c>eval</c> and <c>train</c> command gets its analysed articles: the same ingestion and the same
/// prepared stages as <c>run</c> (all of them, or the ones the measured output depends on), so a figure printed by an
/// evaluation is what users get.
/// </summary>
internal static class EvalCorpus
{
    /// <summary>Ingests <paramref name="inputs"/> and analyses them as one corpus with <paramref name="pipeline"/>.</summary>
    /// <param name="keep">Drops ingested articles before analysis (e.g. reference files lying beside the articles).</param>
    public static ImmutableArray<ArticleAnalysis> Analyze(
        ParseResult parseResult, AnalysisPipeline pipeline, IEnumerable<string> inputs, PipelineOptions? options = null, Func<Article, bool>? keep = null, CancellationToken cancellationToken = default) =>
        Analyze(parseResult, pipeline, inputs, out _, options, keep, cancellationToken);

    /// <summary>As above; <paramref name="timings"/> receives the stages' seconds as <c>run.json</c> reports them.</summary>
    public static ImmutableArray<ArticleAnalysis> Analyze(
        ParseResult parseResult, AnalysisPipeline pipeline, IEnumerable<string> inputs, out ImmutableArray<KeyValuePair<string, double>> timings,
        PipelineOptions? options = null, Func<Article, bool>? keep = null, CancellationToken cancellationToken = default)
    {
        options = (options ?? new PipelineOptions()) with { ModelsDirectory = parseResult.GetValue(CliModels.Models) };
        var log = new SynchronousProgress(parseResult.InvocationConfiguration.Error.WriteLine);
        var prepared = pipeline.Prepare(options, null, log);
        var context = new CorpusContext(options.Jobs, log, cancellationToken);
        var ingested = new Ingestor(options.MaxFileBytes).Ingest(inputs, context.ParallelOptions);
        var articles = keep is null ? ingested.Articles : [.. ingested.Articles.Where(keep)];
        return prepared.AnalyzeCorpus(articles, context, out timings, cancellationToken).Articles;
    }

    /// <summary>
    /// Ingests each file on its own (as <c>run</c> reads a file given directly) under the id given with it, and
    /// analyses them as one corpus with <paramref name="pipeline"/>.
    /// </summary>
    public static ImmutableArray<ArticleAnalysis> AnalyzeFiles(
        ParseResult parseResult, AnalysisPipeline pipeline, IEnumerable<(string Id, string Path)> files, CancellationToken cancellationToken = default)
    {
        var options = new PipelineOptions { ModelsDirectory = parseResult.GetValue(CliModels.Models) };
        var log = new SynchronousProgress(parseResult.InvocationConfiguration.Error.WriteLine);
        var prepared = pipeline.Prepare(options, null, log);
        var context = new CorpusContext(options.Jobs, log, cancellationToken);
        var ingestor = new Ingestor(options.MaxFileBytes);
        var articles = files.SelectMany(f => ingestor.Ingest([f.Path], context.ParallelOptions).Articles.Select(a => a with { Id = f.Id }))
            .OrderBy(a => a.Id, StringComparer.Ordinal).ToImmutableArray();
        return prepared.AnalyzeCorpus(articles, context, out _, cancellationToken).Articles;
    }
}
