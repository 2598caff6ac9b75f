using System.Text.Json;
using TextPipeline.Cli;

namespace TextPipeline.Cli.Tests;

/// <summary><c>eval keyphrases</c> and <c>eval summaries</c> on tiny hand-made data sets: JSON on stdout, sane scores.</summary>
public sealed class EvalKeyphrasesSummariesTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-cli-eval-" + Guid.NewGuid().ToString("N"));

    private static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Invoke(args, new() { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Fact]
    public void Eval_keyphrases_prints_precision_recall_f1_at_5_and_10()
    {
        Write("docs/a.txt", "Sanctions on North Korea\nThe United Nations imposed new sanctions on North Korea. The sanctions target oil imports. North Korea rejected the sanctions.\n");
        Write("keys/a.key", "sanctions\nNorth Korea\nunrelated phrase\n");
        var (code, stdout, _) = Invoke("eval", "keyphrases", "--docs", Path.Combine(_dir, "docs"), "--keys", Path.Combine(_dir, "keys"));
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        var at10 = json.RootElement.GetProperty("at10");
        Assert.InRange(at10.GetProperty("recall").GetDouble(), 0.66, 0.67);
        Assert.InRange(at10.GetProperty("f1").GetDouble(), 0.01, 1);
        Assert.True(json.RootElement.TryGetProperty("at5", out _));
    }

    [Fact]
    public void Eval_summaries_scores_the_system_and_lead_n_side_by_side()
    {
        Write("set/x1/article.txt", "Photo: the harbour at dawn (pictured) on Monday. The port of Antwerp reopened on Friday after a week-long strike ended. " +
            "Dock workers accepted a six percent pay rise. Ships waiting at anchor began to unload on Saturday morning.");
        Write("set/x1/reference.txt", "The port of Antwerp reopened after a week-long strike.\nDock workers accepted a pay rise.\n");
        var set = Path.Combine(_dir, "set");
        var (code, stdout, _) = Invoke("eval", "summaries", "--articles", set, "--references", set, "--sentences", "2");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        var system = json.RootElement.GetProperty("system").GetProperty("rouge1").GetDouble();
        var lead = json.RootElement.GetProperty("lead").GetProperty("rouge1").GetDouble();
        // Lead-2 takes the caption; the summary skips it.
        Assert.True(system > lead, $"system {system} lead {lead}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
