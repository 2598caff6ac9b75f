using System.CommandLine;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;
using TextPipeline.Server;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline serve [--urls http://127.0.0.1:5080] [--state &lt;dir&gt;] [--api-key-file &lt;file&gt;]</c>: the
/// HTTP API over the archive in a state folder (the one <c>run --state</c> writes). Logs go to stderr, one JSON line
/// per request; SIGTERM or Ctrl+C lets in-flight requests finish.
/// </summary>
public static class ServeCommand
{
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Addresses to listen on, separated by ';' (anything but loopback needs --api-key-file).",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    public static readonly Option<string> State = new("--state")
    {
        Description = "State folder holding the archive database (the --state of run; created when absent).",
        DefaultValueFactory = _ => ".state",
    };

    public static readonly Option<string?> ApiKeyFile = new("--api-key-file") { Description = "File holding the API key clients send as 'Authorization: Bearer <key>' (at least 16 characters)." };

    public static readonly Option<long> MaxBodySize = new("--max-body-size") { Description = "Largest request body in bytes (larger: 413).", DefaultValueFactory = _ => 5L * 1024 * 1024 };

    public static readonly Option<int> MaxConcurrentRequests = new("--max-concurrent-requests")
    {
        Description = "Requests handled at once; up to 256 more wait, beyond that 503.",
        DefaultValueFactory = _ => Math.Max(4, 2 * Environment.ProcessorCount),
    };

    public static readonly Option<int> RequestTimeout = new("--request-timeout") { Description = "Seconds before a request is cancelled with 503.", DefaultValueFactory = _ => 30 };

    public static readonly Option<bool> Quiet = new("--quiet") { Description = "No request logs (warnings and errors only)." };

    /// <summary>
    /// How long the process may take to stop after SIGTERM (in-flight requests finish within
    /// <see cref="ServeOptions.ShutdownTimeout"/>, then the archive's related-links state is written).
    /// </summary>
    public static TimeSpan TerminationTimeout { get; } = new ServeOptions { StateDirectory = "." }.ShutdownTimeout + TimeSpan.FromSeconds(15);

    public static Command Create()
    {
        foreach (var (option, name) in new[] { (MaxConcurrentRequests, "--max-concurrent-requests"), (RequestTimeout, "--request-timeout") })
        {
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() < 1) r.AddError($"{name} must be at least 1.");
            });
        }
        MaxBodySize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() < 1024) r.AddError("--max-body-size must be at least 1024.");
        });
        var command = new Command("serve", "Serve the analysis over HTTP, with the archive kept in the state folder's database.")
        {
            Urls, State, ApiKeyFile, MaxBodySize, MaxConcurrentRequests, RequestTimeout, Quiet, RunCommand.Related, RunCommand.Tags,
            RunCommand.SummarySentences, RunCommand.SummaryRatio, RunCommand.SummaryChars, RunCommand.Vocabulary, RunCommand.Gazetteer,
            RunCommand.TopicsModel, RunCommand.Config, RunCommand.MaxFileSize,
        };
        command.SetAction((parseResult, cancellationToken) => ExecuteAsync(parseResult, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        var diagnosticOptions = DiagnosticOptions.Default;
        if (parseResult.GetValue(RunCommand.Config) is { } configPath)
        {
            var (loaded, problems) = DiagnosticOptions.Load(configPath, diagnosticOptions);
            if (!problems.IsEmpty)
            {
                foreach (var p in problems) await stderr.WriteLineAsync(p.ToString()).ConfigureAwait(false);
                return 1;
            }
            diagnosticOptions = loaded;
        }
        var pipeline = new PipelineOptions
        {
            TopicsModelPath = parseResult.GetValue(RunCommand.TopicsModel),
            SummarySentences = parseResult.GetValue(RunCommand.SummarySentences),
            SummaryRatio = parseResult.GetValue(RunCommand.SummaryRatio),
            SummaryChars = parseResult.GetValue(RunCommand.SummaryChars),
            Tags = parseResult.GetValue(RunCommand.Tags),
            Related = parseResult.GetValue(RunCommand.Related),
            VocabularyPath = parseResult.GetValue(RunCommand.Vocabulary),
            GazetteerPath = parseResult.GetValue(RunCommand.Gazetteer),
            MaxFileBytes = parseResult.GetValue(RunCommand.MaxFileSize),
            ModelsDirectory = parseResult.GetValue(CliModels.Models),
        };
        foreach (var path in new[] { pipeline.TopicsModelPath, pipeline.VocabularyPath, pipeline.GazetteerPath })
        {
            if (path is not null && !File.Exists(path))
            {
                await stderr.WriteLineAsync($"textpipeline: error: file not found: {path}").ConfigureAwait(false);
                return 1;
            }
        }
        var options = new ServeOptions
        {
            Urls = [.. parseResult.GetRequiredValue(Urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            StateDirectory = parseResult.GetRequiredValue(State),
            ApiKeyFile = parseResult.GetValue(ApiKeyFile),
            MaxBodyBytes = parseResult.GetValue(MaxBodySize),
            MaxConcurrentRequests = parseResult.GetValue(MaxConcurrentRequests),
            RequestTimeout = TimeSpan.FromSeconds(parseResult.GetValue(RequestTimeout)),
            Pipeline = pipeline,
            Diagnostics = diagnosticOptions,
            RequestLogs = !parseResult.GetValue(Quiet),
        };
        if (options.Urls.Count == 0)
        {
            await stderr.WriteLineAsync("textpipeline: error: --urls names no address.").ConfigureAwait(false);
            return 1;
        }
        return await ArticleServer.RunAsync(options, stderr, cancellationToken).ConfigureAwait(false);
    }
}
