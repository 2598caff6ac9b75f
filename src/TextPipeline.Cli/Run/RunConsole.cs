using System.Globalization;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Run;

/// <summary>
/// What <c>run</c> shows on stderr while it works. Progress of the per-article steps is a bar with an estimate of the
/// time left when stderr is a terminal, and a plain line every two seconds when it is redirected (a log file gets no
/// carriage returns). The pipeline's developer lines (cache hits, link updates) appear only with <c>--verbose</c>;
/// <c>--quiet</c> shows no progress. A corpus-wide step (topic training, linking) shows its elapsed time on a terminal,
/// and one line once it has taken two seconds otherwise. Thread-safe: stages report from their worker threads.
/// </summary>
internal sealed class RunConsole : IProgress<string>, IProgress<StageProgress>, IDisposable
{
    private const int BarWidth = 24;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan TickInterval = TimeSpan.FromMilliseconds(500);

    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private string? _step;
    private int _lastDone;
    private long _stepStarted;
    private long _lastShown;
    private bool _barVisible;
    private bool _corpusWide;
    private bool _workingLineShown;
    private ITimer? _ticker;

    public RunConsole(TextWriter error, Verbosity verbosity, bool terminal, TimeProvider? time = null)
    {
        _error = error;
        Verbosity = verbosity;
        _terminal = terminal;
        _time = time ?? TimeProvider.System;
    }

    public Verbosity Verbosity { get; }

    /// <summary>True when stderr is an interactive terminal (not redirected, not a dumb terminal).</summary>
    public static bool IsTerminal(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>A developer line from the pipeline: shown with <c>--verbose</c> only.</summary>
    public void Report(string value)
    {
        if (Verbosity == Verbosity.Verbose) WriteLine(value);
    }

    /// <summary>One more article done in a step, or a corpus-wide step started.</summary>
    public void Report(StageProgress value)
    {
        if (Verbosity == Verbosity.Quiet) return;
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            if (value.Step != _step || value.IsCorpusWide || (value.Done <= _lastDone && value.Done == 1))
            {
                EndCorpusWideStep(now);
                _step = value.Step;
                _stepStarted = now;
                _lastShown = now;
                _corpusWide = value.IsCorpusWide;
                if (_corpusWide)
                {
                    _ticker ??= _time.CreateTimer(_ => Tick(), null, TickInterval, TickInterval);
                    if (_terminal) DrawWorking(TimeSpan.Zero);
                    return;
                }
            }
            _lastDone = value.Done;
            var finished = value.Done >= value.Total;
            var elapsed = _time.GetElapsedTime(_stepStarted, now);
            if (_terminal)
            {
                if (!finished && _time.GetElapsedTime(_lastShown, now) < RedrawInterval && _barVisible) return;
                _lastShown = now;
                DrawBar(value, elapsed);
                if (finished) ClearBar();
            }
            else if (finished ? elapsed >= LineInterval : _time.GetElapsedTime(_lastShown, now) >= LineInterval)
            {
                _lastShown = now;
                _error.WriteLine(PlainLine(value, elapsed));
            }
        }
    }

    /// <summary>While a corpus-wide step runs (no counts): the elapsed time on a terminal, one line after two seconds otherwise.</summary>
    internal void Tick()
    {
        lock (_lock)
        {
            if (!_corpusWide || _step is null) return;
            var elapsed = _time.GetElapsedTime(_stepStarted);
            if (_terminal)
            {
                DrawWorking(elapsed);
            }
            else if (!_workingLineShown && elapsed >= LineInterval)
            {
                _workingLineShown = true;
                _error.WriteLine($"{_step}: working…");
            }
        }
    }

    private void EndCorpusWideStep(long now)
    {
        if (!_corpusWide) return;
        _corpusWide = false;
        if (_workingLineShown) _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_step}: {_time.GetElapsedTime(_stepStarted, now).TotalSeconds:0.0} s"));
        _workingLineShown = false;
        ClearBar();
    }

    private void DrawWorking(TimeSpan elapsed)
    {
        _error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{_step} … {(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}\u001b[K"));
        _error.Flush();
        _barVisible = true;
    }

    /// <summary>A line of its own (a diagnostic, a message), below any progress bar.</summary>
    public void WriteLine(string line)
    {
        lock (_lock)
        {
            ClearBar();
            _error.WriteLine(line);
        }
    }

    /// <summary>Ends the last step and removes the progress bar, if one is drawn.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            EndCorpusWideStep(_time.GetTimestamp());
            ClearBar();
        }
    }

    public void Dispose()
    {
        _ticker?.Dispose();
        _ticker = null;
    }

    /// <summary>"tokenize+entities: 120/500 (24 %, about 0:12 left)"; the last line of a step gives its time.</summary>
    internal static string PlainLine(StageProgress p, TimeSpan elapsed) =>
        p.Done >= p.Total
            ? string.Create(CultureInfo.InvariantCulture, $"{p.Step}: {p.Done}/{p.Total} ({elapsed.TotalSeconds:0.0} s)")
            : string.Create(CultureInfo.InvariantCulture, $"{p.Step}: {p.Done}/{p.Total} ({Percent(p)} %, about {Eta(p, elapsed)} left)");

    /// <summary>"tokenize+entities [######..................] 120/500  24 %  ETA 0:12".</summary>
    internal static string BarLine(StageProgress p, TimeSpan elapsed)
    {
        var filled = p.Total == 0 ? BarWidth : (int)((long)BarWidth * Math.Min(p.Done, p.Total) / p.Total);
        var bar = new string('#', filled) + new string('.', BarWidth - filled);
        return string.Create(CultureInfo.InvariantCulture, $"{p.Step} [{bar}] {p.Done}/{p.Total} {Percent(p),3} %  ETA {Eta(p, elapsed)}");
    }

    private void DrawBar(StageProgress p, TimeSpan elapsed)
    {
        // \r returns to the line's start, ESC[K clears what a longer previous line left.
        _error.Write("\r" + BarLine(p, elapsed) + "\u001b[K");
        _error.Flush();
        _barVisible = true;
    }

    private void ClearBar()
    {
        if (!_barVisible) return;
        _error.Write("\r\u001b[K");
        _error.Flush();
        _barVisible = false;
    }

    private static int Percent(StageProgress p) => p.Total == 0 ? 100 : (int)(100L * p.Done / p.Total);

    private static string Eta(StageProgress p, TimeSpan elapsed)
    {
        if (p.Done == 0) return "?";
        var left = TimeSpan.FromTicks((long)(elapsed.Ticks * ((double)(p.Total - p.Done) / p.Done)));
        return left.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalHours}:{left.Minutes:00}:{left.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{left.Minutes}:{left.Seconds:00}");
    }
}
