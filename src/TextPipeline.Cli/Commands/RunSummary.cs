using System.Globalization;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary>What <c>merge</c> prints after writing the outputs, as <c>run</c> does: diagnostics on stderr (errors first, at most 200), the summary line on stdout.</summary>
internal static class RunSummary
{
    private const int MaxPrintedDiagnostics = 200;

    /// <summary>Prints and returns the exit code: 2 when the outputs hold error-severity diagnostics, else 0.</summary>
    public static int Print(RunOutcome outcome, string outDir, TextWriter stdout, TextWriter stderr)
    {
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
