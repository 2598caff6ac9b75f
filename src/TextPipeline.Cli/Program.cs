using System.CommandLine;
using TextPipeline.Cli.Commands;

namespace TextPipeline.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // ML.NET's native LDA prints to stdout; Topics/NativeStdout redirects the file descriptor around those calls.
        var root = CreateRootCommand();
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }

    public static RootCommand CreateRootCommand() => new("TextPipeline: text analysis for news and web articles.")
    {
        CliModels.Models,
        RunCommand.Create(),
        MergeCommand.Create(),
        AnalyzeCommand.Create(),
        AnnotateCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
        DiagnosticsCommand.Create(),
    };
}
