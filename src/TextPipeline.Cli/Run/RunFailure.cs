using TextPipeline.Diagnostics;
using TextPipeline.Output;

namespace TextPipeline.Cli.Run;

/// <summary>
/// What <c>run</c>, <c>run --shard</c> and <c>merge</c> print when an analysis stops: a model that cannot be loaded,
/// a cancellation, or an output folder that cannot be written, each as its diagnostic line (exit code 1). Other
/// exceptions are bugs and are not described.
/// </summary>
internal static class RunFailure
{
    /// <summary>The diagnostic line for <paramref name="exception"/>, or null when it is not one of the expected stops.</summary>
    public static string? Describe(Exception exception, string outDir) => exception switch
    {
        Models.ModelLoadException e => e.Diagnostic.ToString(),
        OperationCanceledException => Diagnostic.Create(OutputDiagnostics.Cancelled, null, null, null).ToString(),
        IOException or UnauthorizedAccessException => Diagnostic.Create(OutputDiagnostics.WriteFailed, outDir, null, null, outDir, exception.Message).ToString(),
        _ => null,
    };
}
