using System.CommandLine;
using TextPipeline.Models;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// The <c>--models</c> option every command understands, and the one place a missing or unreadable model becomes a
/// diagnostic on stderr and exit code 1.
/// </summary>
internal static class CliModels
{
    public static readonly Option<string?> Models = new("--models")
    {
        Description = "Folder of model files to use instead of the ones built into the tool (same file names as models/).",
        Recursive = true,
    };

    /// <summary>The store the command line asks for: the <c>--models</c> folder, or the built-in models.</summary>
    public static ModelStore Store(ParseResult parseResult) =>
        parseResult.GetValue(Models) is { } dir ? ModelStore.FromDirectory(dir) : ModelStore.Shipped();

    /// <summary>Runs <paramref name="body"/>; a model that cannot be loaded is printed as its diagnostic and gives exit code 1.</summary>
    public static int Guard(ParseResult parseResult, Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body();
        }
        catch (ModelLoadException e)
        {
            parseResult.InvocationConfiguration.Error.WriteLine(e.Diagnostic.ToString());
            return 1;
        }
    }

    /// <summary>As <see cref="Guard(ParseResult, Func{int})"/> for asynchronous bodies.</summary>
    public static async Task<int> GuardAsync(ParseResult parseResult, Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (ModelLoadException e)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(e.Diagnostic.ToString()).ConfigureAwait(false);
            return 1;
        }
    }
}
