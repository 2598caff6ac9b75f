using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TextPipeline.Cli.Run;
using TextPipeline.Cli.Usage;
using TextPipeline.Diagnostics;
using TextPipeline.Output;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline run &lt;input&gt;... --out &lt;dir&gt;</c>: analyse articles and write the contract's outputs.
/// Everything that can be checked before the analysis is (usage, configuration, input paths, the output folder), so a
/// mistake exits with code 1 and leaves the outputs as they were; a run that finds no article writes nothing.
/// </summary>
public static class RunCommand
{
    private const int MaxPrintedDiagnostics = 200;

    public static readonly Argument<string[]> Inputs = new("input")
    {
        Description = "Article files or folders (.txt .md .html .json .jsonl .csv .xml, optionally .gz), or - for one input on standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<string> Out = new("--out", "-o") { Description = "Output folder.", Required = true };

    public static readonly Option<string?> TopicsModel = new("--topics-model") { Description = "A trained topic model to apply.", Validators = { FileMustExist } };

    public static readonly Option<string> Topics = new("--topics")
    {
        Description = "Number of topics when training on the input, or 'auto'.",
        DefaultValueFactory = _ => "auto",
        Validators = { r => { if (TopicCountOption.Parse(r.GetValueOrDefault<string>()) is null) r.AddError("--topics must be 'auto' or a number from 2 to 500."); } },
    };

    public static readonly Option<int> SummarySentences = new Option<int>("--summary-sentences")
    {
        Description = "Sentences per summary.",
        DefaultValueFactory = _ => 3,
    }.InRange(1);

    public static readonly Option<double?> SummaryRatio = new Option<double?>("--summary-ratio")
    {
        Description = "Summary length as a fraction of the article's sentences (overrides --summary-sentences).",
    }.InRange(0, 1);

    public static readonly Option<int?> SummaryChars = new Option<int?>("--summary-chars") { Description = "Character budget of a summary (e.g. 160)." }.InRange(10);

    public static readonly Option<int> Tags = new Option<int>("--tags") { Description = "Tags per article.", DefaultValueFactory = _ => 10 }.InRange(1);

    public static readonly Option<int> Related = new Option<int>("--related") { Description = "Related articles per article.", DefaultValueFactory = _ => 5 }.InRange(1);

    public static readonly Option<string?> Vocabulary = new("--vocabulary") { Description = "A site's tag list (CSV: tag,aliases,id).", Validators = { FileMustExist } };

    public static readonly Option<string> TagsFrom = new Option<string>("--tags-from")
    {
        Description = "Which tags to publish: all, vocabulary (only the --vocabulary list's tags) or entities+subjects.",
        DefaultValueFactory = _ => "all",
    }.AcceptOnlyFromAmong("all", "vocabulary", "entities+subjects");

    public static readonly Option<double> MinRelevance = new Option<double>("--min-relevance") { Description = "Leave out tags less relevant than this (0..1).", DefaultValueFactory = _ => Tagging.TagOptions.Default.MinRelevance }.InClosedRange(0, 1);

    public static readonly Option<int> MaxEntityTags = new Option<int>("--max-entity-tags") { Description = "At most this many entity tags per article.", DefaultValueFactory = _ => Tagging.TagOptions.Default.MaxEntities }.InRange(0);

    public static readonly Option<int> MaxKeyphraseTags = new Option<int>("--max-keyphrase-tags") { Description = "At most this many keyphrase tags per article.", DefaultValueFactory = _ => Tagging.TagOptions.Default.MaxKeyphrases }.InRange(0);

    public static readonly Option<int> MaxSubjectTags = new Option<int>("--max-subject-tags") { Description = "At most this many subject tags per article.", DefaultValueFactory = _ => Tagging.TagOptions.Default.MaxSubjects }.InRange(0);

    public static readonly Option<double> MinKeyphraseScore = new Option<double>("--min-keyphrase-score")
    {
        Description = "A keyphrase becomes a tag only when the taggability model gives it at least this probability (0..1).",
        DefaultValueFactory = _ => Tagging.TagOptions.Default.MinKeyphraseScore,
    }.InClosedRange(0, 1);

    public static readonly Option<string?> Gazetteer = new("--gazetteer") { Description = "Extra entities (CSV: name,type,aliases,id).", Validators = { FileMustExist } };

    public static readonly Option<int> Jobs = new Option<int>("--jobs", "-j")
    {
        Description = "Parallel workers (output is identical for every value).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    }.InRange(1, 1024);

    public static readonly Option<string?> Cache = new("--cache") { Description = "Per-article cache folder (default: <out>/.cache)." };

    public static readonly Option<bool> NoCache = new("--no-cache") { Description = "Do not read or write the per-article cache." };

    public static readonly Option<string?> State = new("--state") { Description = "Folder of the site state kept between runs: topic model, corpus statistics, related-links index (default: <out>/.state)." };

    public static readonly Option<bool> NoState = new("--no-state") { Description = "Learn the topic model and corpus statistics from the input on every run, keep nothing." };

    public static readonly Option<bool> Retrain = new("--retrain", "--retrain-topics") { Description = "Learn the topic model (topic ids kept where topics match) and the corpus statistics again from this input." };

    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Configuration file: run options and diagnostic severities (JSON: {\"run\": {\"tags\": 12}, \"diagnostics\": {\"TP1004\": \"none\"}}). Default: textpipeline.json in an input folder.",
        Validators = { FileMustExist },
    };

    public static readonly Option<bool> WarnAsError = new("--warnaserror") { Description = "Treat warnings as errors (exit code 2)." };

    public static readonly Option<int> Seed = new Option<int>("--seed") { Description = "Random seed (topic training).", DefaultValueFactory = _ => 0 }.InRange(int.MinValue);

    public static readonly Option<long> MaxFileSize = new Option<long>("--max-file-size")
    {
        Description = "Skip input files larger than this many bytes.",
        DefaultValueFactory = _ => 64L * 1024 * 1024,
    }.InRange(1);

    public static readonly Option<string?> Format = new Option<string?>("--format")
    {
        Description = "Format of standard input (run -): text, html, markdown or json. Default: guessed from its first character.",
    }.AcceptOnlyFromAmong("text", "html", "markdown", "md", "json", "jsonl", "csv");

    public static readonly Option<string?> Shard = new("--shard")
    {
        Description = "Analyse shard i of N (i/N, zero-based) and write its partial to --out for 'merge'; 'auto' takes it from a Slurm job array or a Kubernetes Indexed Job.",
    };

    public static readonly Option<int?> ShardCount = new("--shard-count") { Description = "Number of shards, with --shard auto in a Kubernetes Indexed Job (its completions)." };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print errors only: no progress, warnings, infos or summary line." };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Also print the pipeline's own lines (cache, links, timings) and every diagnostic." };

    public static Command Create()
    {
        var command = new Command("run", "Analyse article files or folders and write articles.jsonl, CSV files and run.json.")
        {
            Inputs, Out, TopicsModel, Topics, SummarySentences, SummaryRatio, SummaryChars, Tags, Related, Vocabulary,
            TagsFrom, MinRelevance, MaxEntityTags, MaxKeyphraseTags, MaxSubjectTags, MinKeyphraseScore, Gazetteer, Jobs, Cache, NoCache, State, NoState, Retrain, Config, WarnAsError, Seed, MaxFileSize, Format,
            Shard, ShardCount, Quiet, Verbose,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(Quiet) && r.GetValue(Verbose)) r.AddError("--quiet and --verbose cannot be combined.");
            // Inputs are checked here, where the other options are known too.
            var given = r.GetResult(Inputs);
            if (given is not null) MustExist(given);
            var inputs = given?.Tokens.Select(t => t.Value).ToArray() ?? [];
            if (inputs.Length > 1 && inputs.Contains("-")) r.AddError("'-' (standard input) cannot be combined with other inputs.");
            if (r.GetResult(Format) is not null && inputs is not ["-"]) r.AddError("--format applies to standard input only (run - --format html); files are read by their extension.");
        });
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
        return command;
    }

    private static void MustExist(ArgumentResult r)
    {
        foreach (var token in r.Tokens)
        {
            var path = token.Value;
            // Option-like tokens are reported as unknown options (UsageErrors), not as missing paths.
            if (path == "-" || (path.StartsWith('-') && path.Length > 1) || File.Exists(path) || Directory.Exists(path)) continue;
            r.AddError($"Input not found: '{path}'.");
        }
    }

    private static void FileMustExist(OptionResult r)
    {
        if (r.Tokens.Count > 0 && r.Tokens[^1].Value is { } path && !File.Exists(path)) r.AddError($"{r.Option.Name}: file not found: '{path}'.");
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var verbosity = parseResult.GetValue(Quiet) ? Verbosity.Quiet : parseResult.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;
        using var console = new RunConsole(stderr, verbosity, RunConsole.IsTerminal(stderr));
        var outDir = parseResult.GetRequiredValue(Out);
        var inputs = parseResult.GetRequiredValue(Inputs);

        // Paths after "--" may start with '-'; the parser's check leaves those to this one.
        if (inputs.Where(i => i != "-" && !File.Exists(i) && !Directory.Exists(i)).Select(i => $"Input not found: '{i}'.").ToList() is { Count: > 0 } missing)
        {
            UsageErrors.Write(parseResult, missing, stderr);
            return 1;
        }
        var diagnosticOptions = DiagnosticOptions.Default with { WarningsAsErrors = parseResult.GetValue(WarnAsError) };
        var (config, configProblems) = RunConfig.Find(parseResult.GetValue(Config), inputs, diagnosticOptions);
        var values = new RunOptionValues(parseResult, config);
        var options = ReadOptions(parseResult, values, outDir);
        if (configProblems.Count > 0 || values.Problems.Count > 0)
        {
            foreach (var p in configProblems.Concat(values.Problems)) stderr.WriteLine(p);
            return 1;
        }
        if (options.TagsFrom == Tagging.TagSource.Vocabulary && options.VocabularyPath is null)
        {
            UsageErrors.Write(parseResult, ["--tags-from vocabulary needs --vocabulary <csv> (the site's tag list)."], stderr);
            return 1;
        }
        if (config.Path is not null && verbosity != Verbosity.Quiet && parseResult.GetValue(Config) is null)
        {
            console.WriteLine($"textpipeline: options from {config.Path}");
        }
        if (OutputFolder.Check(outDir, inputs) is { } outProblem)
        {
            stderr.WriteLine($"textpipeline: error: cannot write the outputs: {outProblem}");
            return 1;
        }
        // An existing output folder among the inputs (older layout) is marked now, so this run's walk skips it.
        if (inputs.Any(i => IsInside(outDir, i))) OutputFolder.Mark(outDir);

        if (parseResult.GetValue(Shard) is { } shard)
        {
            // A shard reads the state only when told where it is: the merge, not the shard's --out, owns it.
            var shardState = values.Flag(NoState, "noState") ? null : values.Text(State, "state", isPath: true, mustExist: false);
            return ShardRun.Execute(parseResult, shard, options with { StateDirectory = shardState }, inputs, outDir, console, cancellationToken);
        }
        RunOutcome outcome;
        try
        {
            // Models load before any input is read, so a missing model stops the run before it touches the output.
            console.Report(StageProgress.Started("load models"));
            var pipeline = AnalysisPipeline.Default.Prepare(options, null, console);
            var runner = new PipelineRunner(pipeline, config.Diagnostics, console);
            console.Report(StageProgress.Started("read inputs"));
            outcome = inputs is ["-"]
                ? runner.Analyze(new Ingestion.Ingestor(options.MaxFileBytes).Read(StandardInput.Read(parseResult.GetValue(Format), "stdin", options.MaxFileBytes), cancellationToken), cancellationToken)
                : runner.Analyze(inputs, cancellationToken);
            console.Finish();
            // A run that found nothing writes nothing: a misspelt or emptied folder never blanks the last outputs.
            if (outcome.Statistics.Articles > 0) OutputWriter.Write(outDir, outcome, options, cancellationToken);
        }
        catch (Exception e) when (Run.RunFailure.Describe(e, outDir) is { } failure)
        {
            console.WriteLine(failure);
            return 1;
        }

        PrintDiagnostics(console, outcome, outDir);
        var s = outcome.Statistics;
        if (verbosity == Verbosity.Verbose)
        {
            console.WriteLine("timings: " + string.Join(", ", s.StageSeconds.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value:0.00} s"))));
        }
        if (verbosity != Verbosity.Quiet)
        {
            stdout.WriteLine(s.Articles == 0
                ? $"No articles found in {string.Join(", ", inputs)}: nothing written, the outputs in {outDir} are as they were"
                : string.Create(CultureInfo.InvariantCulture,
                    $"{s.Articles} articles from {s.Files} files written to {outDir}: {s.Errors} errors, {s.Warnings} warnings, {s.Infos} infos ({s.TotalSeconds:0.0} s)"));
        }
        return s.Errors > 0 ? 2 : 0;
    }

    private static PipelineOptions ReadOptions(ParseResult parseResult, RunOptionValues values, string outDir)
    {
        var topics = values.Topics(Topics, "topics");
        var noCache = values.Flag(NoCache, "noCache");
        var cache = values.Text(Cache, "cache", isPath: true, mustExist: false);
        var noState = values.Flag(NoState, "noState");
        var state = values.Text(State, "state", isPath: true, mustExist: false);
        return new PipelineOptions
        {
            TopicsModelPath = values.Text(TopicsModel, "topicsModel", isPath: true),
            Topics = TopicCountOption.Parse(topics) is > 0 and var k ? k : null,
            SummarySentences = values.Int(SummarySentences, "summarySentences", 1),
            SummaryRatio = values.Ratio(SummaryRatio, "summaryRatio"),
            SummaryChars = values.Int(SummaryChars, "summaryChars", 10),
            Tags = values.Int(Tags, "tags", 1),
            Related = values.Int(Related, "related", 1),
            VocabularyPath = values.Text(Vocabulary, "vocabulary", isPath: true),
            TagsFrom = values.Choice(TagsFrom, "tagsFrom", "all", "vocabulary", "entities+subjects") switch
            {
                "vocabulary" => Tagging.TagSource.Vocabulary,
                "entities+subjects" => Tagging.TagSource.EntitiesAndSubjects,
                _ => Tagging.TagSource.All,
            },
            MinTagRelevance = values.Double(MinRelevance, "minRelevance", 0, 1),
            MaxEntityTags = values.Int(MaxEntityTags, "maxEntityTags", 0),
            MaxKeyphraseTags = values.Int(MaxKeyphraseTags, "maxKeyphraseTags", 0),
            MaxSubjectTags = values.Int(MaxSubjectTags, "maxSubjectTags", 0),
            MinKeyphraseTagScore = values.Double(MinKeyphraseScore, "minKeyphraseScore", 0, 1),
            GazetteerPath = values.Text(Gazetteer, "gazetteer", isPath: true),
            Jobs = values.Int(Jobs, "jobs", 1, 1024),
            Seed = values.Int(Seed, "seed", int.MinValue),
            CacheDirectory = noCache ? null : cache ?? Path.Combine(outDir, ".cache"),
            StateDirectory = noState ? null : state ?? Path.Combine(outDir, ".state"),
            Retrain = values.Flag(Retrain, "retrain"),
            MaxFileBytes = values.Long(MaxFileSize, "maxFileSize", 1),
            ModelsDirectory = values.Text(CliModels.Models, "models", isPath: true),
        };
    }

    private static void PrintDiagnostics(RunConsole console, RunOutcome outcome, string outDir)
    {
        var shown = outcome.AllDiagnostics
            .Where(d => console.Verbosity != Verbosity.Quiet || d.Severity == DiagnosticSeverity.Error)
            .OrderByDescending(d => d.Severity).ThenBy(d => d, DiagnosticComparer.Instance)
            .ToList();
        var limit = console.Verbosity == Verbosity.Verbose ? int.MaxValue : MaxPrintedDiagnostics;
        foreach (var d in shown.Take(limit)) console.WriteLine(outcome.Format(d));
        if (shown.Count > limit)
        {
            console.WriteLine($"… and {shown.Count - limit} more diagnostics (see {Path.Combine(outDir, "diagnostics.csv")}, or use --verbose)");
        }
    }

    /// <summary>True when the folder <paramref name="outDir"/> lies inside the input folder <paramref name="input"/>.</summary>
    private static bool IsInside(string outDir, string input)
    {
        if (input == "-" || !Directory.Exists(input)) return false;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(outDir).StartsWith(root, StringComparison.Ordinal);
    }
}
