using System.Diagnostics;

namespace TextPipeline.Cli.Tests;

/// <summary>
/// The real program under <c>strace</c> fault injection: a rename that fails with EIO, or a SIGKILL delivered at a
/// rename or at the creation of a link, at each step of the output switch. Whatever happens, a reader sees the whole
/// previous set or the whole new one, and the next run clears what the failed one left.
/// </summary>
public sealed class OutputSwitchProcessTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-switch-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Faults() => new()
    {
        "rename:error=EIO:when=1",
        "rename:error=EIO:when=2",
        "rename:signal=KILL:when=1",
        "rename:signal=KILL:when=2",
        "symlink:signal=KILL:when=1",
    };

    [SkippableTheory]
    [MemberData(nameof(Faults))]
    public void A_fault_during_the_switch_leaves_the_whole_previous_set(string fault)
    {
        Skip.IfNot(StraceWorks(), "strace is not installed or cannot trace here (apt-get install strace)");
        var input = Path.Combine(_dir, "in");
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "Harbour plan approved\n\nThe city council of Rotterdam approved the harbour expansion on Tuesday.\n");
        string[] run = ["run", input, "--out", outDir, "--no-cache", "--no-state", "--jobs", "1", "-q"];
        Assert.Equal(0, ChildProcess.Exec(run).Code);
        var before = Read(outDir);

        File.WriteAllText(Path.Combine(input, "a.txt"), "Airport strike ends\n\nBaggage handlers at Berlin airport ended their strike after a pay deal.\n");
        File.WriteAllText(Path.Combine(input, "b.txt"), "Storm warning\n\nForecasters in Oslo warned of a storm on Sunday.\n");
        var (code, _, stderr) = ChildProcess.ExecUnder(["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename,symlink", "-e", "inject=" + fault], run);
        Assert.NotEqual(0, code);
        if (fault.Contains("EIO", StringComparison.Ordinal)) Assert.Contains("TP7001", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Read(outDir));

        Assert.Equal(0, ChildProcess.Exec(run).Code);
        var after = Read(outDir);
        Assert.Contains("Berlin", after["articles.jsonl"], StringComparison.Ordinal);
        Assert.Contains("Oslo", after["articles.jsonl"], StringComparison.Ordinal);
        var leftovers = Directory.EnumerateFileSystemEntries(Path.Combine(outDir, ".textpipeline-runs"))
            .Select(Path.GetFileName).Where(n => n!.StartsWith("partial-", StringComparison.Ordinal) || n.StartsWith(".link-", StringComparison.Ordinal));
        Assert.Empty(leftovers);
    }

    private static Dictionary<string, string> Read(string outDir) =>
        new[] { "articles.jsonl", "articles.csv", "entities.csv", "keyphrases.csv", "tags.csv", "topics.csv", "related.csv", "diagnostics.csv" }
            .ToDictionary(n => n, n => File.ReadAllText(Path.Combine(outDir, n)));

    private static bool StraceWorks()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("strace", "-qq -o /dev/null true") { UseShellExecute = false, RedirectStandardError = true })!;
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
