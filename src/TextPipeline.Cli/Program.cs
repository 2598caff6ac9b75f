using System.CommandLine;
using System.CommandLine.Help;
using TextPipeline.Cli.Commands;
using TextPipeline.Cli.Usage;

namespace TextPipeline.Cli;

public static class Program
{
    public static Task<int> Main(string[] args)
    {
        // ML.NET's native LDA prints to stdout; Topics/NativeStdout redirects the file descriptor around those calls.
        return InvokeAsync(args, new InvocationConfiguration());
    }

    /// <summary>
    /// Parses and runs a command line. A usage mistake (unknown option, bad number, missing value) prints one line per
    /// problem and the command's usage on stderr and gives exit code 1 before the command starts.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Action is not HelpAction && UsageErrors.Of(parseResult) is { Count: > 0 } errors)
        {
            UsageErrors.Write(parseResult, errors, configuration.Error);
            return 1;
        }
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="InvokeAsync"/>, synchronously (tests).</summary>
    public static int Invoke(string[] args, InvocationConfiguration configuration) =>
        InvokeAsync(args, configuration).GetAwaiter().GetResult();

    public static RootCommand CreateRootCommand() => new("TextPipeline: text analysis for news and web articles.")
    {
        CliModels.Models,
        RunCommand.Create(),
        AnalyzeCommand.Create(),
        AnnotateCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
        DiagnosticsCommand.Create(),
    };
}
