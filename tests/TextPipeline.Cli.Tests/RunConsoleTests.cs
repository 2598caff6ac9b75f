using TextPipeline.Cli.Run;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Tests;

public sealed class RunConsoleTests
{
    [Fact]
    public void On_a_terminal_progress_is_one_redrawn_bar_with_an_estimate_and_it_is_cleared_at_the_end()
    {
        var (console, error, time) = Create(Verbosity.Normal, terminal: true);
        console.Report(new StageProgress("tokenize", 1, 100));
        time.Advance(TimeSpan.FromSeconds(10));
        console.Report(new StageProgress("tokenize", 50, 100));
        var text = error.ToString();
        Assert.Contains("\rtokenize [############............] 50/100  50 %  ETA 0:10", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        console.Report(new StageProgress("tokenize", 100, 100));
        Assert.EndsWith("\r\u001b[K", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_progress_is_a_plain_line_every_two_seconds_and_the_step_time_at_its_end()
    {
        var (console, error, time) = Create(Verbosity.Normal, terminal: false);
        console.Report(new StageProgress("tokenize", 1, 100));
        time.Advance(TimeSpan.FromSeconds(1));
        console.Report(new StageProgress("tokenize", 10, 100));
        Assert.Equal("", error.ToString());
        time.Advance(TimeSpan.FromSeconds(1.5));
        console.Report(new StageProgress("tokenize", 25, 100));
        time.Advance(TimeSpan.FromSeconds(7.5));
        console.Report(new StageProgress("tokenize", 100, 100));
        Assert.Equal(["tokenize: 25/100 (25 %, about 0:07 left)", "tokenize: 100/100 (10.0 s)"], Lines(error));
        Assert.DoesNotContain('\r', error.ToString());
    }

    [Fact]
    public void A_long_corpus_wide_step_gets_one_line_when_redirected()
    {
        var (console, error, time) = Create(Verbosity.Normal, terminal: false);
        console.Report(StageProgress.Started("topics"));
        time.Advance(TimeSpan.FromSeconds(1));
        console.Tick();
        time.Advance(TimeSpan.FromSeconds(2));
        console.Tick();
        console.Tick();
        console.Report(StageProgress.Started("related"));
        console.Tick();
        console.Finish();
        Assert.Equal(["topics: working…", "topics: 3.0 s"], Lines(error));
    }

    [Fact]
    public void Developer_lines_only_with_verbose_and_no_progress_when_quiet()
    {
        var (quiet, quietError, _) = Create(Verbosity.Quiet, terminal: true);
        quiet.Report(new StageProgress("tokenize", 1, 1));
        quiet.Report("cache: 1 hits, 0 misses");
        Assert.Equal("", quietError.ToString());

        var (normal, normalError, _) = Create(Verbosity.Normal, terminal: false);
        normal.Report("cache: 1 hits, 0 misses");
        Assert.Equal("", normalError.ToString());

        var (verbose, verboseError, _) = Create(Verbosity.Verbose, terminal: false);
        verbose.Report("cache: 1 hits, 0 misses");
        Assert.Equal(["cache: 1 hits, 0 misses"], Lines(verboseError));
    }

    private static (RunConsole Console, StringWriter Error, ManualTime Time) Create(Verbosity verbosity, bool terminal)
    {
        var error = new StringWriter();
        var time = new ManualTime();
        return (new RunConsole(error, verbosity, terminal, time), error, time);
    }

    private static string[] Lines(StringWriter w) => w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>A clock that moves only when told (its timers never fire: the test calls Tick).</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new NoTimer();

        public void Advance(TimeSpan by) => _ticks += by.Ticks;

        private sealed class NoTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
