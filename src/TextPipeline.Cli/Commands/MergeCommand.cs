using System.CommandLine;
using TextPipeline.Diagnostics;
using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Sharding;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline merge &lt;partial&gt;... --out &lt;dir&gt;</c>: the end of a sharded run. Checks that the partials are every
/// shard of one run, runs the corpus-wide steps and the steps after them, and writes exactly the outputs <c>run</c>
/// writes for the same input and options (which come from the partials). Exit codes as <c>run</c>, plus 3 when
/// partials are missing, unreadable or not of one run (nothing is written then).
/// </summary>
public static class MergeCommand
{
    /// <summary>Partials missing, unreadable or inconsistent.</summary>
    public const int PartialsRefused = 3;

    public static readonly Argument<string[]> Partials = new("partial")
    {
        Description = "Partials written by run --shard (part-*.tpp files), or folders holding them.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<string> Out = new("--out", "-o") { Description = "Output folder.", Required = true };

    public static readonly Option<int> Jobs = new("--jobs", "-j")
    {
        Description = "Parallel workers (output is identical for every value).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static readonly Option<string?> Cache = new("--cache") { Description = "Per-article cache folder (default: <out>/.cache)." };

    public static readonly Option<bool> NoCache = new("--no-cache") { Description = "Do not read or write the per-article cache." };

    public static readonly Option<string?> State = new("--state") { Description = "Site state folder (default: <out>/.state); the shards must have been given the same one." };

    public static readonly Option<bool> NoState = new("--no-state") { Description = "Keep no state (the shards must have had none)." };

    public static readonly Option<string?> Config = new("--config") { Description = "Diagnostic severities (JSON: {\"diagnostics\": {\"TP1004\": \"none\"}})." };

    public static readonly Option<bool> WarnAsError = new("--warnaserror") { Description = "Treat warnings as errors (exit code 2)." };

    public static Command Create()
    {
        Jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1.");
        });
        var command = new Command("merge", "Merge the partials of a sharded run (run --shard i/N) into the outputs run would write.")
        {
            Partials, Out, Jobs, Cache, NoCache, State, NoState, Config, WarnAsError,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var outDir = parseResult.GetRequiredValue(Out);
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

        var log = new SynchronousProgress(message => stderr.WriteLine(message));
        RunOutcome outcome;
        PipelineOptions options;
        try
        {
            var (paths, headers) = PartialMerger.ReadHeaders(PartialMerger.Find(parseResult.GetRequiredValue(Partials)));
            // The analysis options are the shards'; parallelism, cache, state (and a --models folder) are the merge's own.
            options = headers[0].Options with
            {
                Jobs = parseResult.GetValue(Jobs),
                CacheDirectory = parseResult.GetValue(NoCache) ? null : parseResult.GetValue(Cache) ?? Path.Combine(outDir, ".cache"),
                StateDirectory = parseResult.GetValue(NoState) ? null : parseResult.GetValue(State) ?? Path.Combine(outDir, ".state"),
                ModelsDirectory = parseResult.GetValue(CliModels.Models) ?? headers[0].Options.ModelsDirectory,
            };
            log.Report($"merge: {paths.Length} partials, {headers[0].TotalArticles} articles");
            var pipeline = AnalysisPipeline.Default.Prepare(options, null, log);
            outcome = PartialMerger.Merge(new PipelineRunner(pipeline, diagnosticOptions, log), pipeline, paths, headers, cancellationToken);
            OutputWriter.Write(outDir, outcome, options, cancellationToken);
        }
        catch (PartialMergeException e)
        {
            stderr.WriteLine(e.Diagnostic.ToString());
            return PartialsRefused;
        }
        catch (Exception e) when (Run.RunFailure.Describe(e, outDir) is { } failure)
        {
            stderr.WriteLine(failure);
            return 1;
        }
        return RunSummary.Print(outcome, outDir, stdout, stderr);
    }
}
