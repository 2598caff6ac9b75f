namespace TextPipeline.Cli.Run;

/// <summary>How much <c>run</c> writes on stderr: <c>--quiet</c>, the default, or <c>--verbose</c>.</summary>
internal enum Verbosity
{
    /// <summary>Errors only: no progress, no warnings or infos, no summary line.</summary>
    Quiet,

    /// <summary>Progress, diagnostics (up to a limit) and the summary line.</summary>
    Normal,

    /// <summary>As normal, plus the pipeline's own lines (cache hits, link updates, timings) and every diagnostic.</summary>
    Verbose,
}
