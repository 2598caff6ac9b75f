namespace TextPipeline.Pipeline;

/// <summary>
/// One article done in a per-article step. A log that also implements <c>IProgress&lt;StageProgress&gt;</c> gets
/// every one (the command line draws a progress bar from them) instead of the throttled "step: n/total" lines, and
/// one <see cref="Started"/> when a corpus-wide step begins.
/// </summary>
internal readonly record struct StageProgress(string Step, int Done, int Total)
{
    /// <summary>A corpus-wide step (fitting topics, linking) has started; it reports no counts.</summary>
    public static StageProgress Started(string step) => new(step, 0, 0);

    /// <summary>True for <see cref="Started"/>: a step without counts.</summary>
    public bool IsCorpusWide => Total == 0;
}
