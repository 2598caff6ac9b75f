using System.Diagnostics;

namespace TextPipeline.Pipeline;

/// <summary>Reports "step: n/total" at most every two seconds, and only for long steps, or every step to a <see cref="StageProgress"/> log (thread-safe).</summary>
internal sealed class ProgressReporter
{
    private readonly IProgress<string> _log;
    private readonly string _step;
    private readonly int _total;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private long _lastReportTicks;
    private int _done;

    public ProgressReporter(IProgress<string> log, string step, int total)
    {
        _log = log;
        _step = step;
        _total = total;
    }

    public void Increment()
    {
        var done = Interlocked.Increment(ref _done);
        if (_log is IProgress<StageProgress> detailed)
        {
            detailed.Report(new StageProgress(_step, done, _total));
            return;
        }
        var now = _watch.ElapsedTicks;
        var last = Interlocked.Read(ref _lastReportTicks);
        if (now - last < 2 * Stopwatch.Frequency && done != _total) return;
        if (done == _total && _watch.Elapsed.TotalSeconds < 2) return;
        if (Interlocked.CompareExchange(ref _lastReportTicks, now, last) == last)
        {
            _log.Report($"{_step}: {done}/{_total}");
        }
    }
}
