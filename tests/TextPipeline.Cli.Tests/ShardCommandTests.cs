using System.Diagnostics;
using System.Text.Json.Nodes;
using TextPipeline.Cli;

namespace TextPipeline.Cli.Tests;

/// <summary><c>run --shard</c> and <c>merge</c> as a user (or a scheduler) calls them.</summary>
public sealed class ShardCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-cli-shard-" + Guid.NewGuid().ToString("N"));

    private static string Samples => Path.Combine(RepoRoot(), "data", "samples");

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "TextPipeline.sln"))) return d.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }

    private string In(string name) => Path.Combine(_dir, name);

    private static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.CreateRootCommand().Parse(args).Invoke(new() { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Three_shards_and_a_merge_write_what_run_writes_and_print_what_run_prints()
    {
        var run = Invoke("run", Samples, "--out", In("run"), "--no-cache", "--no-state", "--jobs", "2");
        Assert.Equal(0, run.Code);
        for (var i = 0; i < 3; i++)
        {
            var shard = Invoke("run", Samples, "--shard", $"{i}/3", "--out", In("parts"), "--no-cache", "--jobs", "1");
            Assert.Equal(0, shard.Code);
            Assert.Matches($"^shard {i}/3: \\d+ of 21 articles written to .*part-0000{i}-of-00003\\.tpp", shard.Out);
        }
        var merge = Invoke("merge", In("parts"), "--out", In("merged"), "--no-cache", "--no-state", "--jobs", "2");
        Assert.Equal(0, merge.Code);
        Assert.StartsWith("21 articles from 15 files written to", merge.Out, StringComparison.Ordinal);
        // Diagnostics point at the input files as they were named to the shards.
        Assert.Contains(Path.Combine(Samples, "sport", "cup-final.txt") + "(9,1): info TP1004", merge.Err, StringComparison.Ordinal);
        foreach (var name in new[] { "articles.jsonl", "articles.csv", "entities.csv", "keyphrases.csv", "tags.csv", "topics.csv", "related.csv", "diagnostics.csv" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(In("run"), name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(In("merged"), name))), name);
        }
        var runJson = JsonNode.Parse(File.ReadAllText(Path.Combine(In("run"), "run.json")))!.AsObject();
        var mergedJson = JsonNode.Parse(File.ReadAllText(Path.Combine(In("merged"), "run.json")))!.AsObject();
        // A merged run.json: the shards' figures under process, the slowest shard and the merge's steps under timings.
        Assert.Equal(3, mergedJson["process"]!["shards"]!.AsArray().Count);
        Assert.NotNull(mergedJson["timings"]!["shards"]);
        foreach (var json in new[] { runJson, mergedJson })
        {
            json.Remove("timings");
            json.Remove("process");
        }
        Assert.Equal(runJson.ToJsonString(), mergedJson.ToJsonString());
    }

    [Fact]
    public void A_missing_shard_gives_exit_code_3_and_no_output()
    {
        Assert.Equal(0, Invoke("run", Samples, "--shard", "1/2", "--out", In("parts"), "--no-cache", "--jobs", "1").Code);
        var merge = Invoke("merge", In("parts"), "--out", In("merged"), "--no-cache", "--no-state");
        Assert.Equal(3, merge.Code);
        Assert.Contains("error TP7201: 1 of 2 shards are missing: 0 (expected part-00000-of-00002.tpp)", merge.Err, StringComparison.Ordinal);
        Assert.Equal("", merge.Out);
        Assert.False(Directory.Exists(In("merged")));
    }

    [Theory]
    [InlineData("2/2")]
    [InlineData("x")]
    public void A_bad_shard_value_is_a_command_line_error(string value)
    {
        var shard = Invoke("run", Samples, "--shard", value, "--out", In("parts"), "--no-cache");
        Assert.Equal(1, shard.Code);
        Assert.Contains("--shard:", shard.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(In("parts")));
    }

    [Fact]
    public void Shard_auto_takes_the_shard_from_a_slurm_array_or_a_kubernetes_indexed_job()
    {
        var slurm = Exec(new() { ["SLURM_ARRAY_TASK_ID"] = "5", ["SLURM_ARRAY_TASK_MIN"] = "4", ["SLURM_ARRAY_TASK_COUNT"] = "3" },
            "run", Path.Combine(Samples, "web"), "--shard", "auto", "--out", In("slurm"), "--no-cache", "--jobs", "1");
        Assert.True(slurm.Code == 0, slurm.Err);
        Assert.True(File.Exists(Path.Combine(In("slurm"), "part-00001-of-00003.tpp")));

        var k8s = Exec(new() { ["JOB_COMPLETION_INDEX"] = "3" },
            "run", Path.Combine(Samples, "web"), "--shard", "auto", "--shard-count", "4", "--out", In("k8s"), "--no-cache", "--jobs", "1");
        Assert.True(k8s.Code == 0, k8s.Err);
        Assert.True(File.Exists(Path.Combine(In("k8s"), "part-00003-of-00004.tpp")));
    }

    /// <summary>The real program in a child process with scheduler variables set (and the test runner's own removed).</summary>
    private static (int Code, string Out, string Err) Exec(Dictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "textpipeline.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var name in new[] { "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_COUNT", "JOB_COMPLETION_INDEX" }) info.Environment.Remove(name);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
