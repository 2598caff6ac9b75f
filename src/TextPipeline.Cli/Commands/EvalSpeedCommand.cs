using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TextPipeline.Output;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval speed --input &lt;corpus&gt; --work &lt;dir&gt;</c>: the end-to-end benchmark. Copies the corpus,
/// then times whole <c>textpipeline run</c> processes as a user starts them: cold (no cache, no state), warm (nothing
/// changed), and after one article is edited; prints wall and CPU time, peak memory, per-stage articles per second of
/// the cold run, and checks the edit changed only what depends on it.
/// </summary>
public static class EvalSpeedCommand
{
    public static readonly Option<string> Input = new("--input") { Description = "Corpus folder (copied; never modified).", Required = true };

    public static readonly Option<string> Work = new("--work") { Description = "Work folder (the copy and the runs' outputs go there).", Required = true };

    public static readonly Option<string?> Edit = new("--edit") { Description = "Path (relative to the corpus) of the article to edit; default the first .txt file." };

    public static readonly Option<int> Jobs = new("--jobs", "-j") { Description = "Passed to each run.", DefaultValueFactory = _ => Environment.ProcessorCount };

    public static Command Create()
    {
        var command = new Command("speed", "End-to-end speed: cold run, warm run, run after one edit (separate processes).") { Input, Work, Edit, Jobs };
        command.SetAction(parseResult => Execute(parseResult));
        return command;
    }

    private static int Execute(ParseResult parseResult)
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        var work = Path.GetFullPath(parseResult.GetRequiredValue(Work));
        var corpus = Path.Combine(work, "corpus");
        var output = Path.Combine(work, "out");
        foreach (var own in new[] { corpus, output })
        {
            if (Directory.Exists(own)) Directory.Delete(own, recursive: true);
        }
        Copy(parseResult.GetRequiredValue(Input), corpus);
        var edited = parseResult.GetValue(Edit) ?? Path.GetRelativePath(corpus,
            Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First());
        var jobs = parseResult.GetValue(Jobs).ToString(CultureInfo.InvariantCulture);
        string[] args = ["run", corpus, "--out", output, "--jobs", jobs];

        var cold = Time(args, stderr);
        var coldRun = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!;
        var coldArticles = File.ReadAllText(Path.Combine(output, "articles.jsonl"));
        var warm = Time(args, stderr);
        var warmSame = File.ReadAllText(Path.Combine(output, "articles.jsonl")) == coldArticles;
        File.AppendAllText(Path.Combine(corpus, edited), "\nThe minister later added one more remark about the plans.\n");
        var edit = Time(args, stderr);
        var editedId = IdOf(edited);
        var comparison = OutputComparison.AfterEdit(coldArticles, File.ReadAllText(Path.Combine(output, "articles.jsonl")), editedId);

        var articles = coldRun["counts"]!["articles"]!.GetValue<int>();
        var stages = coldRun["timings"]!.AsObject().Where(p => p.Key != "total")
            .ToDictionary(p => p.Key, p => Math.Round(articles / Math.Max(p.Value!.GetValue<double>(), 1e-9), 1));
        var report = new
        {
            task = "speed",
            articles,
            machine = new { processors = Environment.ProcessorCount, load = LoadAverage() },
            cold,
            warm,
            edit,
            warmOverCold = Math.Round(warm.Seconds / cold.Seconds, 4),
            editOverCold = Math.Round(edit.Seconds / cold.Seconds, 4),
            coldArticlesPerSecondByStage = stages,
            warmOutputIdentical = warmSame,
            editedArticle = editedId,
            afterEdit = comparison,
        };
        parseResult.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    /// <summary>One timed run: wall seconds and, from its run.json, CPU seconds and peak memory.</summary>
    public sealed record Timing(double Seconds, double CpuSeconds, double PeakMemoryMb, int ExitCode);

    private static Timing Time(string[] args, TextWriter stderr)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        var summary = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        stderr.WriteLine(summary.Trim());
        var runJson = JsonNode.Parse(File.ReadAllText(Path.Combine(args[3], "run.json")))!;
        var proc = runJson["process"]!;
        return new Timing(Math.Round(seconds, 3), proc["cpuSeconds"]!.GetValue<double>(), proc["peakMemoryMb"]!.GetValue<double>(), process.ExitCode);
    }

    private static string IdOf(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? path[..^4] : path;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
