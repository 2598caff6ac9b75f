using System.CommandLine;
using System.Globalization;
using TextPipeline.Diagnostics;
using TextPipeline.Output;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary><c>textpipeline run &lt;input&gt;... --out &lt;dir&gt;</c>: analyse articles and write the contract's outputs.</summary>
public static class RunCommand
{
    private const int MaxPrintedDiagnostics = 200;

    public static readonly Argument<string[]> Inputs = new("input")
    {
        Description = "Article files or folders (.txt .md .html .json .jsonl .csv, optionally .gz), or - for one input on standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<string> Out = new("--out", "-o") { Description = "Output folder.", Required = true };

    public static readonly Option<string?> TopicsModel = new("--topics-model") { Description = "A trained topic model to apply." };

    public static readonly Option<string> Topics = new("--topics")
    {
        Description = "Number of topics when training on the input, or 'auto'.",
        DefaultValueFactory = _ => "auto",
    };

    public static readonly Option<int> SummarySentences = new("--summary-sentences")
    {
        Description = "Sentences per summary.",
        DefaultValueFactory = _ => 3,
    };

    public static readonly Option<double?> SummaryRatio = new("--summary-ratio") { Description = "Summary length as a fraction of the article's sentences (overrides --summary-sentences)." };

    public static readonly Option<int?> SummaryChars = new("--summary-chars") { Description = "Character budget of a summary (e.g. 160)." };

    public static readonly Option<int> Tags = new("--tags") { Description = "Tags per article.", DefaultValueFactory = _ => 10 };

    public static readonly Option<int> Related = new("--related") { Description = "Related articles per article.", DefaultValueFactory = _ => 5 };

    public static readonly Option<string?> Vocabulary = new("--vocabulary") { Description = "A site's tag list (CSV: tag,aliases,id)." };

    public static readonly Option<string?> Gazetteer = new("--gazetteer") { Description = "Extra entities (CSV: name,type,aliases,id)." };

    public static readonly Option<int> Jobs = new("--jobs", "-j")
    {
        Description = "Parallel workers (output is identical for every value).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static readonly Option<string?> Cache = new("--cache") { Description = "Per-article cache folder (default: <out>/.cache)." };

    public static readonly Option<bool> NoCache = new("--no-cache") { Description = "Do not read or write the per-article cache." };

    public static readonly Option<string?> State = new("--state") { Description = "Folder of the site state kept between runs: topic model, corpus statistics, related-links index (default: <out>/.state)." };

    public static readonly Option<bool> NoState = new("--no-state") { Description = "Learn the topic model and corpus statistics from the input on every run, keep nothing." };

    public static readonly Option<bool> Retrain = new("--retrain", "--retrain-topics") { Description = "Learn the topic model (topic ids kept where topics match) and the corpus statistics again from this input." };

    public static readonly Option<string?> Config = new("--config") { Description = "Diagnostic severities (JSON: {\"diagnostics\": {\"TP1004\": \"none\"}})." };

    public static readonly Option<bool> WarnAsError = new("--warnaserror") { Description = "Treat warnings as errors (exit code 2)." };

    public static readonly Option<int> Seed = new("--seed") { Description = "Random seed (topic training).", DefaultValueFactory = _ => 0 };

    public static readonly Option<long> MaxFileSize = new("--max-file-size")
    {
        Description = "Skip input files larger than this many bytes.",
        DefaultValueFactory = _ => 64L * 1024 * 1024,
    };

    public static readonly Option<string?> Format = new Option<string?>("--format")
    {
        Description = "Format of standard input (run -): text, html, markdown or json. Default: guessed from its first character.",
    }.AcceptOnlyFromAmong("text", "html", "markdown", "md", "json", "jsonl", "csv");

    public static readonly Option<string?> Shard = new("--shard")
    {
        Description = "Analyse shard i of N (i/N, zero-based) and write its partial to --out for 'merge'; 'auto' takes it from a Slurm job array or a Kubernetes Indexed Job.",
    };

    public static readonly Option<int?> ShardCount = new("--shard-count") { Description = "Number of shards, with --shard auto in a Kubernetes Indexed Job (its completions)." };

    public static Command Create()
    {
        Topics.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>();
            if (v != "auto" && !(int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k is >= 2 and <= 500))
            {
                r.AddError("--topics must be 'auto' or a number from 2 to 500.");
            }
        });
        Positive(SummarySentences, "--summary-sentences");
        Positive(Tags, "--tags");
        Positive(Related, "--related");
        Positive(Jobs, "--jobs");
        SummaryRatio.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } v && v is <= 0 or > 1) r.AddError("--summary-ratio must be in (0, 1].");
        });
        SummaryChars.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } v && v < 10) r.AddError("--summary-chars must be at least 10.");
        });

        var command = new Command("run", "Analyse article files or folders and write articles.jsonl, CSV files and run.json.")
        {
            Inputs, Out, TopicsModel, Topics, SummarySentences, SummaryRatio, SummaryChars, Tags, Related, Vocabulary,
            Gazetteer, Jobs, Cache, NoCache, State, NoState, Retrain, Config, WarnAsError, Seed, MaxFileSize, Format, Shard, ShardCount,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
        return command;
    }

    private static void Positive(Option<int> option, string name) =>
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError($"{name} must be at least 1.");
        });

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var outDir = parseResult.GetRequiredValue(Out);
        var topics = parseResult.GetValue(Topics);
        var options = new PipelineOptions
        {
            TopicsModelPath = parseResult.GetValue(TopicsModel),
            Topics = topics == "auto" || topics is null ? null : int.Parse(topics, CultureInfo.InvariantCulture),
            SummarySentences = parseResult.GetValue(SummarySentences),
            SummaryRatio = parseResult.GetValue(SummaryRatio),
            SummaryChars = parseResult.GetValue(SummaryChars),
            Tags = parseResult.GetValue(Tags),
            Related = parseResult.GetValue(Related),
            VocabularyPath = parseResult.GetValue(Vocabulary),
            GazetteerPath = parseResult.GetValue(Gazetteer),
            Jobs = parseResult.GetValue(Jobs),
            Seed = parseResult.GetValue(Seed),
            CacheDirectory = parseResult.GetValue(NoCache) ? null : parseResult.GetValue(Cache) ?? Path.Combine(outDir, ".cache"),
            StateDirectory = parseResult.GetValue(NoState) ? null : parseResult.GetValue(State) ?? Path.Combine(outDir, ".state"),
            Retrain = parseResult.GetValue(Retrain),
            MaxFileBytes = parseResult.GetValue(MaxFileSize),
            ModelsDirectory = parseResult.GetValue(CliModels.Models),
        };

        var diagnosticOptions = DiagnosticOptions.Default with { WarningsAsErrors = parseResult.GetValue(WarnAsError) };
        if (parseResult.GetValue(Config) is { } configPath)
        {
            var (loaded, problems) = DiagnosticOptions.Load(configPath, diagnosticOptions);
            if (!problems.IsEmpty)
            {
                foreach (var p in problems) stderr.WriteLine(p.ToString());
                return 1;
            }
            diagnosticOptions = loaded;
        }
        foreach (var path in new[] { options.TopicsModelPath, options.VocabularyPath, options.GazetteerPath })
        {
            if (path is not null && !File.Exists(path))
            {
                stderr.WriteLine($"textpipeline: error: file not found: {path}");
                return 1;
            }
        }

        var inputs = parseResult.GetRequiredValue(Inputs);
        if (inputs.Contains("-") && inputs.Length > 1)
        {
            stderr.WriteLine("textpipeline: error: '-' (standard input) cannot be combined with other inputs.");
            return 1;
        }

        var log = new SynchronousProgress(message => stderr.WriteLine(message));
        if (parseResult.GetValue(Shard) is { } shard)
        {
            // A shard reads the state only when told where it is: the merge, not the shard's --out, owns it.
            return ShardRun.Execute(parseResult, shard, options with { StateDirectory = parseResult.GetValue(NoState) ? null : parseResult.GetValue(State) }, inputs, outDir, log, cancellationToken);
        }
        RunOutcome outcome;
        try
        {
            // Models load before any input is read, so a missing model stops the run before it touches the output.
            var pipeline = AnalysisPipeline.Default.Prepare(options, null, log);
            var runner = new PipelineRunner(pipeline, diagnosticOptions, log);
            outcome = inputs is ["-"]
                ? runner.Analyze(new Ingestion.Ingestor(options.MaxFileBytes).Read(StandardInput.Read(parseResult.GetValue(Format), "stdin", options.MaxFileBytes), cancellationToken), cancellationToken)
                : runner.Analyze(inputs, cancellationToken);
            OutputWriter.Write(outDir, outcome, options, cancellationToken);
        }
        catch (Models.ModelLoadException e)
        {
            stderr.WriteLine(e.Diagnostic.ToString());
            return 1;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine(Diagnostic.Create(OutputDiagnostics.Cancelled, null, null, null).ToString());
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(Diagnostic.Create(OutputDiagnostics.WriteFailed, outDir, null, null, outDir, e.Message).ToString());
            return 1;
        }

        var printed = 0;
        var all = outcome.AllDiagnostics.ToList();
        foreach (var d in all.OrderByDescending(d => d.Severity).ThenBy(d => d, DiagnosticComparer.Instance))
        {
            if (printed++ == MaxPrintedDiagnostics)
            {
                stderr.WriteLine($"… and {all.Count - MaxPrintedDiagnostics} more diagnostics (see {Path.Combine(outDir, "diagnostics.csv")})");
                break;
            }
            stderr.WriteLine(outcome.Format(d));
        }
        var s = outcome.Statistics;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Articles} articles from {s.Files} files written to {outDir}: {s.Errors} errors, {s.Warnings} warnings, {s.Infos} infos ({s.TotalSeconds:0.0} s)"));
        return s.Errors > 0 ? 2 : 0;
    }
}
