using System.Text;
using System.Text.Json;
using static TextPipeline.Server.Tests.ServerSupport;

namespace TextPipeline.Server.Tests;

/// <summary><c>textpipeline eval serve</c>: a bounded load test against a server it starts on loopback and stops.</summary>
public sealed class EvalServeTests
{
    [Fact]
    public async Task Eval_serve_puts_a_folder_compares_with_run_and_reports_latency_percentiles()
    {
        using var dir = new TempDir();
        WriteCorpus(dir, "site", 3);
        ServerSupport.Run(dir.Combine("site"), dir.Combine("out"), dir.Combine("run-state"));
        var article = dir.File("article.txt", Article("music", 77));
        var state = dir.Combine("serve-state");
        CopyFolder(dir.Combine("run-state"), state);
        var log = new StringBuilder();
        using var tool = StartTool(log, "eval", "serve", "--article", article, "--requests", "12", "--concurrency", "3", "--warmup", "2",
            "--state", state, "--put", dir.Combine("site"), "--compare", dir.Combine("out/articles.jsonl"));
        await tool.WaitForExitAsync();
        Assert.True(tool.ExitCode == 0, log.ToString());
        var json = log.ToString();
        var result = JsonDocument.Parse(json[json.IndexOf('{', StringComparison.Ordinal)..(json.LastIndexOf('}') + 1)]).RootElement;
        var analyze = result.GetProperty("analyze");
        Assert.Equal(12, analyze.GetProperty("requests").GetInt32());
        Assert.Equal(0, analyze.GetProperty("errors").GetInt32());
        Assert.True(analyze.GetProperty("p50_ms").GetDouble() <= analyze.GetProperty("p99_ms").GetDouble());
        Assert.Equal(12, result.GetProperty("put").GetProperty("requests").GetInt32());
        // The run's own articles PUT again over its archive: every link is still the run's.
        Assert.Equal(12, result.GetProperty("compare").GetProperty("same_related").GetInt32());
        Assert.Equal(0, result.GetProperty("shutdown").GetProperty("exit_code").GetInt32());
    }
}
