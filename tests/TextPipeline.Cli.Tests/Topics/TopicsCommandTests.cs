using System.Text.Json;

namespace TextPipeline.Cli.Tests.Topics;

public sealed class TopicsCommandTests : IDisposable
{
    private static readonly Dictionary<string, string[]> Themes = new(StringComparer.Ordinal)
    {
        ["sport"] = ["football", "striker", "goal", "referee", "stadium", "league", "coach", "penalty", "keeper", "trophy"],
        ["economy"] = ["inflation", "bank", "interest", "investor", "currency", "budget", "trade", "profit", "dividend", "tariff"],
        ["music"] = ["guitar", "album", "concert", "singer", "chart", "melody", "rhythm", "studio", "orchestra", "drummer"],
    };

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-topics-" + Guid.NewGuid().ToString("N"));

    public TopicsCommandTests()
    {
        foreach (var (theme, words) in Themes)
        {
            Directory.CreateDirectory(Path.Combine(_dir, "in", theme));
            for (var i = 0; i < 20; i++)
            {
                var random = new Random(i * 31 + theme.Length);
                var body = string.Join(' ', Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)]));
                File.WriteAllText(Path.Combine(_dir, "in", theme, $"{i:000}.txt"), $"Story {i}\n\n{body}.\n");
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Train_and_eval_print_only_json_on_stdout_and_run_applies_the_model()
    {
        var model = Path.Combine(_dir, "model", "topics.zip");
        var (code, stdout, stderr) = ChildProcess.Exec("train", "topics", Path.Combine(_dir, "in"), "--topics", "3", "--out", model, "--iterations", "40", "--threads", "1");

        Assert.True(code == 0, stderr);
        using (var json = JsonDocument.Parse(stdout))
        {
            Assert.Equal(3, json.RootElement.GetProperty("topics").GetInt32());
            Assert.Equal(60, json.RootElement.GetProperty("articles").GetInt32());
        }
        Assert.True(File.Exists(model));
        Assert.True(File.Exists(Path.ChangeExtension(model, ".json")));

        (code, stdout, stderr) = ChildProcess.Exec("eval", "topics", "--input", Path.Combine(_dir, "in"), "--labels-from-folders", "--topics", "3", "--seeds", "0,1", "--iterations", "40", "--threads", "1");
        Assert.True(code == 0, stderr);
        using (var json = JsonDocument.Parse(stdout))
        {
            var purity = json.RootElement.GetProperty("summary").GetProperty("purity").GetProperty("mean").GetDouble();
            Assert.True(purity > 0.9, $"purity {purity}");
        }

        var output = Path.Combine(_dir, "out");
        (code, stdout, stderr) = ChildProcess.Exec("run", Path.Combine(_dir, "in", "music"), "--topics-model", model, "--out", output, "--no-cache");
        Assert.True(code == 0, stderr);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var first = JsonDocument.Parse(File.ReadLines(Path.Combine(output, "articles.jsonl")).First());
        var topics = first.RootElement.GetProperty("topics");
        Assert.True(topics.GetArrayLength() > 0);
        var csv = File.ReadAllLines(Path.Combine(output, "topics.csv"));
        Assert.Equal(4, csv.Length);
        Assert.StartsWith("id,label,size,top_terms", csv[0], StringComparison.Ordinal);
    }
}
