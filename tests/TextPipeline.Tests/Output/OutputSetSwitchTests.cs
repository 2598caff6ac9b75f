using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Output;

/// <summary>
/// The output files switch as a set: whichever file-system step fails (or is the last one before a crash), every
/// output name shows the previous run's content or every one shows the new run's, never a mix.
/// </summary>
public sealed class OutputSetSwitchTests
{
    private static readonly PipelineOptions Options = new() { Jobs = 1 };

    [Fact]
    public void A_failure_at_any_step_of_the_switch_leaves_the_whole_old_set_or_the_whole_new_set()
    {
        using var dir = new TempDir();
        var (oldRun, newRun) = TwoRuns(dir);
        var oldSet = Snapshot(dir.Combine("old"), oldRun);
        var newSet = Snapshot(dir.Combine("new"), newRun);
        Assert.NotEqual(oldSet["articles.jsonl"], newSet["articles.jsonl"]);

        var steps = CountSteps(dir.Combine("count"), oldRun, newRun);
        Assert.True(steps >= 2, $"only {steps} file-system steps");
        for (var failAt = 1; failAt <= steps; failAt++)
        {
            var outDir = dir.Combine($"fail{failAt}");
            OutputWriter.Write(outDir, oldRun, Options);
            var failing = new FailingFileSystem(failAt);
            Assert.Throws<IOException>(() => OutputWriter.Write(outDir, newRun, Options, failing));
            var seen = Read(outDir);
            Assert.True(Same(seen, oldSet) || Same(seen, newSet), $"step {failAt} ({failing.FailedStep}) left a mixed set");
            // The next run completes and leaves no temporary folder or link behind.
            OutputWriter.Write(outDir, newRun, Options);
            Assert.True(Same(Read(outDir), newSet));
            Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(Path.Combine(outDir, OutputFolder.Runs)), e => !IsRunFolder(e));
        }
    }

    [Fact]
    public void An_output_folder_of_the_older_layout_switches_without_a_mixed_set_at_any_step()
    {
        using var dir = new TempDir();
        var (oldRun, newRun) = TwoRuns(dir);
        var oldSet = Snapshot(dir.Combine("old"), oldRun);
        var newSet = Snapshot(dir.Combine("new"), newRun);
        for (var failAt = 1; failAt <= 14; failAt++)
        {
            var outDir = dir.Combine($"plain{failAt}");
            Directory.CreateDirectory(outDir);
            foreach (var (name, content) in oldSet) File.WriteAllText(Path.Combine(outDir, name), content); // plain files, as the older layout wrote them
            var failing = new FailingFileSystem(failAt);
            try
            {
                OutputWriter.Write(outDir, newRun, Options, failing);
            }
            catch (IOException)
            {
            }
            var seen = Read(outDir);
            Assert.True(Same(seen, oldSet) || Same(seen, newSet), $"step {failAt} ({failing.FailedStep}) left a mixed set");
        }
    }

    [Fact]
    public void Readers_of_current_see_one_run_and_the_previous_run_folder_stays_for_them()
    {
        using var dir = new TempDir();
        var (oldRun, newRun) = TwoRuns(dir);
        var outDir = dir.Combine("out");
        OutputWriter.Write(outDir, oldRun, Options);
        var firstRunFolder = Path.GetFullPath(Path.Combine(outDir, new FileInfo(Path.Combine(outDir, OutputFolder.Current)).LinkTarget!));
        OutputWriter.Write(outDir, newRun, Options);
        Assert.True(Directory.Exists(firstRunFolder), "a reader still in the previous run's folder lost it");
        OutputWriter.Write(outDir, oldRun, Options);
        Assert.False(Directory.Exists(firstRunFolder), "run folders older than the previous one are deleted");
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(outDir, OutputFolder.Runs)).Length);
        Assert.Equal(OutputWriter.FileNames.Order(StringComparer.Ordinal), Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Leftovers_of_killed_runs_are_deleted_by_the_next_run()
    {
        using var dir = new TempDir();
        var (oldRun, _) = TwoRuns(dir);
        var outDir = dir.Combine("out");
        var runs = Path.Combine(outDir, OutputFolder.Runs);
        var dead = DeadProcessId();
        dir.File($"out/{OutputFolder.Runs}/partial-{dead}-0123456789abcdef/articles.jsonl", "half");
        File.CreateSymbolicLink(Path.Combine(runs, $".link-{dead}-0123456789abcdef"), "nowhere");
        dir.File($"out/.articles.jsonl.{dead}.0123456789abcdef0123456789abcdef.tmp", "older layout");
        dir.File($"out/{OutputFolder.Runs}/partial-{Environment.ProcessId}-live/articles.jsonl", "a run still writing");

        OutputWriter.Write(outDir, oldRun, Options);

        Assert.False(Directory.Exists(Path.Combine(runs, $"partial-{dead}-0123456789abcdef")));
        Assert.False(File.Exists(Path.Combine(runs, $".link-{dead}-0123456789abcdef")) || new FileInfo(Path.Combine(runs, $".link-{dead}-0123456789abcdef")).LinkTarget is not null);
        Assert.False(File.Exists(Path.Combine(outDir, $".articles.jsonl.{dead}.0123456789abcdef0123456789abcdef.tmp")));
        Assert.True(Directory.Exists(Path.Combine(runs, $"partial-{Environment.ProcessId}-live")), "the folder of a live run was deleted");
    }

    private static (RunOutcome Old, RunOutcome New) TwoRuns(TempDir dir)
    {
        var input = dir.File("in/a.txt", "Harbour plan approved\n\nThe city council of Rotterdam approved the harbour expansion on Tuesday.\n");
        var runner = new PipelineRunner(AnalysisPipeline.Default.Prepare(Options));
        var oldRun = runner.Analyze([dir.Combine("in")]);
        File.WriteAllText(input, "Airport strike ends\n\nBaggage handlers at Berlin airport ended their strike after a pay deal.\n");
        dir.File("in/b.txt", "Second article\n\nA second article about the weather in Oslo.\n");
        return (oldRun, runner.Analyze([dir.Combine("in")]));
    }

    private static Dictionary<string, string> Snapshot(string outDir, RunOutcome run)
    {
        OutputWriter.Write(outDir, run, Options);
        return Read(outDir);
    }

    private static int CountSteps(string outDir, RunOutcome oldRun, RunOutcome newRun)
    {
        OutputWriter.Write(outDir, oldRun, Options);
        var counting = new FailingFileSystem(int.MaxValue);
        OutputWriter.Write(outDir, newRun, Options, counting);
        return counting.Steps;
    }

    /// <summary>What a reader sees at each output name (run.json without its timings, which differ between writes).</summary>
    private static Dictionary<string, string> Read(string outDir) =>
        OutputWriter.FileNames.Where(n => n != "run.json" && File.Exists(Path.Combine(outDir, n)))
            .ToDictionary(n => n, n => File.ReadAllText(Path.Combine(outDir, n)));

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);

    private static bool IsRunFolder(string path) => Directory.Exists(path) && !Path.GetFileName(path).StartsWith("partial-", StringComparison.Ordinal);

    private static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    /// <summary>The real file system, except that the n-th rename or link creation fails as a disk would (EIO).</summary>
    private sealed class FailingFileSystem(int failAt) : IOutputFileSystem
    {
        public int Steps { get; private set; }

        public string? FailedStep { get; private set; }

        public void Rename(string from, string to)
        {
            Step($"rename {Path.GetFileName(from)} -> {Path.GetFileName(to)}");
            OutputFileSystem.Instance.Rename(from, to);
        }

        public void CreateSymbolicLink(string path, string target)
        {
            Step($"link {target}");
            OutputFileSystem.Instance.CreateSymbolicLink(path, target);
        }

        private void Step(string what)
        {
            if (++Steps == failAt)
            {
                FailedStep = what;
                throw new IOException($"injected failure at {what}");
            }
        }
    }
}
