using System.CommandLine;
using TextPipeline.Cli.Commands;

namespace TextPipeline.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // ML.NET's native LDA prints to stdout; Topics/NativeStdout redirects the file descriptor around those calls.
        var root = CreateRootCommand();
        var parseResult = root.Parse(args);
        // A server drains in-flight requests on SIGTERM: it gets longer than the default 2 s before the process is ended.
        var configuration = parseResult.CommandResult.Command.Name == "serve" ? new InvocationConfiguration { ProcessTerminationTimeout = ServeCommand.TerminationTimeout } : null;
        return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
    }

    public static RootCommand CreateRootCommand() => new("TextPipeline: text analysis for news and web articles.")
    {
        CliModels.Models,
        RunCommand.Create(),
        AnalyzeCommand.Create(),
        AnnotateCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
        ServeCommand.Create(),
        DiagnosticsCommand.Create(),
    };
}
