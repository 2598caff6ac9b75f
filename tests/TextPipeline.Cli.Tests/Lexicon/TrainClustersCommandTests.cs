using System.Text.Json;
using TextPipeline.Lexicon;

namespace TextPipeline.Cli.Tests.Lexicon;

public sealed class TrainClustersCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-clusters-" + Guid.NewGuid().ToString("N"));

    public TrainClustersCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Train_clusters_writes_a_loadable_file_and_prints_only_a_json_summary()
    {
        var random = new Random(3);
        string[] pets = ["cat", "dog", "hamster"];
        string[] verbs = ["sleeps", "eats", "runs"];
        var lines = Enumerable.Range(0, 200).SelectMany(_ => new[] { "The\tO", pets[random.Next(3)] + "\tO", verbs[random.Next(3)] + "\tO", ".\tO", "" });
        var conll = Path.Combine(_dir, "pets.iob2");
        File.WriteAllLines(conll, lines);
        var text = Path.Combine(_dir, "text");
        Directory.CreateDirectory(text);
        File.WriteAllText(Path.Combine(text, "001.txt"), "The cat sleeps. The dog eats. The hamster runs.\n");
        var model = Path.Combine(_dir, "clusters.tsv.gz");

        var (code, stdout, stderr) = ChildProcess.Exec("train", "clusters", "--input", text, "--conll", conll, "--clusters", "4", "--out", model);

        Assert.True(code == 0, stderr);
        using (var json = JsonDocument.Parse(stdout))
        {
            Assert.Equal(4, json.RootElement.GetProperty("clusters").GetInt32());
            Assert.Equal(8, json.RootElement.GetProperty("vocabulary").GetInt32());
        }
        var clusters = WordClusters.Load(model);
        Assert.Equal(clusters.Lookup("cat"), clusters.Lookup("hamster"));
        Assert.Equal(clusters.Lookup("sleeps"), clusters.Lookup("runs"));
        Assert.NotEqual(clusters.Lookup("cat"), clusters.Lookup("runs"));
    }
}
