namespace TextPipeline.Pipeline;

/// <summary>
/// One article done in a per-article step. A log that also implements <c>IProgress&lt;StageProgress&gt;</c> gets
/// every one (the command line draws a progress bar from them) instead of the throttled "step: n/total" lines.
/// </summary>
internal readonly record struct StageProgress(string Step, int Done, int Total);
