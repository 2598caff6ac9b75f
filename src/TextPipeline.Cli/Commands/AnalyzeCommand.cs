using System.CommandLine;
using TextPipeline.Diagnostics;
using TextPipeline.Ingestion;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline analyze [&lt;file&gt;|-]</c>: one article from a file or standard input, analysed as <c>run</c>
/// analyses it (without what needs a corpus: related links, topics unless a model is given), printed as its
/// <c>articles.jsonl</c> record on stdout. Diagnostics go to stderr; exit code 2 when one is an error.
/// </summary>
public static class AnalyzeCommand
{
    public static readonly Argument<string> Input = new("input")
    {
        Description = "Article file, or - (the default) for standard input.",
        DefaultValueFactory = _ => "-",
    };

    public static readonly Option<string?> Format = new Option<string?>("--format")
    {
        Description = "Input format: text, html, markdown, json (a record with id, title, body|text|content, url, author, published), jsonl or csv. Default: the file's extension, or guessed from the first character of standard input.",
    }.AcceptOnlyFromAmong("text", "html", "markdown", "md", "json", "jsonl", "csv");

    public static readonly Option<bool> Compact = new("--compact") { Description = "One line of JSON (as in articles.jsonl) instead of indented JSON." };

    public static readonly Option<string?> Id = new("--id") { Description = "Article id when the input has none (default: the file name, or 'stdin')." };

    public static Command Create()
    {
        var command = new Command("analyze", "Analyse one article (file or standard input) and print its JSON record.")
        {
            Input, Format, Compact, Id, RunCommand.TopicsModel, RunCommand.SummarySentences, RunCommand.SummaryRatio, RunCommand.SummaryChars,
            RunCommand.Tags, RunCommand.Vocabulary, RunCommand.Gazetteer, RunCommand.Config, RunCommand.WarnAsError, RunCommand.MaxFileSize,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(CliModels.Guard(parseResult, () => Execute(parseResult, cancellationToken))));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var options = new PipelineOptions
        {
            TopicsModelPath = parseResult.GetValue(RunCommand.TopicsModel),
            SummarySentences = parseResult.GetValue(RunCommand.SummarySentences),
            SummaryRatio = parseResult.GetValue(RunCommand.SummaryRatio),
            SummaryChars = parseResult.GetValue(RunCommand.SummaryChars),
            Tags = parseResult.GetValue(RunCommand.Tags),
            VocabularyPath = parseResult.GetValue(RunCommand.Vocabulary),
            GazetteerPath = parseResult.GetValue(RunCommand.Gazetteer),
            MaxFileBytes = parseResult.GetValue(RunCommand.MaxFileSize),
            ModelsDirectory = parseResult.GetValue(CliModels.Models),
        };
        var diagnosticOptions = DiagnosticOptions.Default with { WarningsAsErrors = parseResult.GetValue(RunCommand.WarnAsError) };
        if (parseResult.GetValue(RunCommand.Config) is { } configPath)
        {
            var (loaded, problems) = DiagnosticOptions.Load(configPath, diagnosticOptions);
            if (!problems.IsEmpty)
            {
                foreach (var p in problems) stderr.WriteLine(p.ToString());
                return 1;
            }
            diagnosticOptions = loaded;
        }

        var input = parseResult.GetRequiredValue(Input);
        var analyzer = ArticleAnalyzer.Create(options, diagnosticOptions);
        System.Collections.Immutable.ImmutableArray<ArticleAnalysis> articles;
        if (input == "-")
        {
            var source = StandardInput.Read(parseResult.GetValue(Format), parseResult.GetValue(Id) ?? "stdin", options.MaxFileBytes);
            articles = analyzer.AnalyzeAll(source, cancellationToken);
            if (articles.IsEmpty) articles = [analyzer.Analyze(source, cancellationToken)];
        }
        else
        {
            if (parseResult.GetValue(Format) is not null || parseResult.GetValue(Id) is not null)
            {
                stderr.WriteLine("textpipeline: error: --format and --id apply to standard input only (a file's format and id come from its name).");
                return 1;
            }
            var ingested = analyzer.ReadFile(input, cancellationToken);
            articles = analyzer.AnalyzeIngested(ingested, cancellationToken);
            if (articles.IsEmpty)
            {
                foreach (var d in ingested.Diagnostics) stderr.WriteLine(d.ToString());
                return 1;
            }
        }
        var compact = parseResult.GetValue(Compact) || articles.Length > 1;
        foreach (var article in articles)
        {
            stdout.WriteLine(ArticleAnalyzer.ToJson(article, indented: !compact));
            foreach (var d in article.Diagnostics) stderr.WriteLine(d.ToString());
        }
        return articles.Any(a => a.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) ? 2 : 0;
    }
}
