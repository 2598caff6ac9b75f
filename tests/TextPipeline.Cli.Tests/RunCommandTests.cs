using TextPipeline.Cli;

namespace TextPipeline.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-cli-" + Guid.NewGuid().ToString("N"));

    private static string Samples => Path.Combine(RepoRoot(), "data", "samples");

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "TextPipeline.sln"))) return d.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }

    internal static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Invoke(args, new() { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_writes_every_output_and_prints_one_summary_line_on_stdout()
    {
        var (code, stdout, stderr) = Invoke("run", Samples, "--out", _dir, "--no-cache", "--jobs", "2");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("21 articles from 15 files", lines[0], StringComparison.Ordinal);
        Assert.Contains("TP1004", stderr, StringComparison.Ordinal);
        Assert.Contains("sport/cup-final.txt(9,1): info TP1004", stderr, StringComparison.Ordinal);
        foreach (var name in new[] { "articles.jsonl", "articles.csv", "entities.csv", "keyphrases.csv", "tags.csv", "topics.csv", "related.csv", "diagnostics.csv", "run.json" })
        {
            Assert.True(File.Exists(Path.Combine(_dir, name)), name);
        }
    }

    [Fact]
    public void Site_gazetteer_and_tag_vocabulary_from_data_give_site_ids_on_the_samples()
    {
        var data = Path.Combine(RepoRoot(), "data");
        var (code, _, _) = Invoke("run", Samples, "--out", _dir, "--no-cache", "--jobs", "2",
            "--gazetteer", Path.Combine(data, "site-gazetteer.csv"), "--vocabulary", Path.Combine(data, "site-tags.csv"));
        Assert.Equal(0, code);
        var entities = File.ReadAllLines(Path.Combine(_dir, "entities.csv"));
        // The user list names the entity canonically ("Port Authority" in the text) and gives the site's id.
        Assert.Contains(entities, l => l.StartsWith("business/harbour-expansion,Port of Rotterdam Authority,ORG,site:org-104,", StringComparison.Ordinal));
        Assert.Contains(entities, l => l.StartsWith("business/harbour-expansion,Marieke de Vries,PER,site:per-2231,", StringComparison.Ordinal));
        var tags = File.ReadAllLines(Path.Combine(_dir, "tags.csv"));
        Assert.Contains(tags, l => l.StartsWith("business/harbour-expansion,", StringComparison.Ordinal) && l.Contains(",Shipping & ports,vocabulary,", StringComparison.Ordinal) && l.EndsWith(",tag-12", StringComparison.Ordinal));
        // "port" (absorbed by the entity) maps to the site tag, and the entity stays a tag of its own.
        Assert.Contains(tags, l => l.StartsWith("business/harbour-expansion,", StringComparison.Ordinal) && l.Contains(",Port of Rotterdam Authority,entity,ORG,", StringComparison.Ordinal) && l.EndsWith(",site:org-104", StringComparison.Ordinal));
        Assert.Contains(tags, l => l.StartsWith("science/heatwave-report,", StringComparison.Ordinal) && l.Contains(",Climate & weather,vocabulary,", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_json_lists_the_shipped_models_with_their_hashes()
    {
        Assert.Equal(0, Invoke("run", Samples, "--out", _dir, "--no-cache", "--jobs", "1").Code);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "run.json")));
        var models = json.RootElement.GetProperty("models").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("sha256").GetString()!);
        foreach (var name in new[] { "en-ewt-tagger", "ner-en", "gazetteer-en", "keyphrase-df" })
        {
            Assert.True(models.ContainsKey(name), $"run.json does not list {name}: {string.Join(", ", models.Keys)}");
            Assert.Matches("^[0-9a-f]{64}$", models[name]);
        }
    }

    [Fact]
    public void Error_diagnostics_give_exit_code_2_and_warnaserror_promotes_warnings()
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "ok.txt"), "A title\n\nA body sentence.\n");
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        Assert.Equal(0, Invoke("run", input, "--out", Path.Combine(_dir, "o1"), "--no-cache").Code);
        Assert.Equal(2, Invoke("run", input, "--out", Path.Combine(_dir, "o2"), "--no-cache", "--warnaserror").Code);
        File.WriteAllBytes(Path.Combine(input, "bin.txt"), [0, 1, 2, 3, 0, 0]);
        Assert.Equal(2, Invoke("run", input, "--out", Path.Combine(_dir, "o3"), "--no-cache").Code);
    }

    [Fact]
    public void Config_file_changes_severities()
    {
        var config = Path.Combine(_dir, "config.json");
        Directory.CreateDirectory(_dir);
        File.WriteAllText(config, "{ \"diagnostics\": { \"TP1004\": \"error\" } }");
        var (code, _, stderr) = Invoke("run", Samples, "--out", Path.Combine(_dir, "o"), "--no-cache", "--config", config);
        Assert.Equal(2, code);
        Assert.Contains("error TP1004", stderr, StringComparison.Ordinal);
        File.WriteAllText(config, "{ \"diagnostics\": { \"TP9999\": \"error\" } }");
        Assert.Equal(1, Invoke("run", Samples, "--out", Path.Combine(_dir, "o"), "--no-cache", "--config", config).Code);
    }

    [Fact]
    public void Bad_command_lines_exit_with_1()
    {
        Assert.Equal(1, Invoke("run", Samples).Code);
        Assert.Equal(1, Invoke("run", Samples, "--out", _dir, "--tags", "0").Code);
        Assert.Equal(1, Invoke("run", Samples, "--out", _dir, "--topics", "many").Code);
    }

    [Fact]
    public void Diagnostics_command_lists_every_id()
    {
        var (code, stdout, _) = Invoke("diagnostics");
        Assert.Equal(0, code);
        Assert.Contains("TP1004\tinfo\tIngestion\tSite chrome removed\tdocs/diagnostics/TP1004.md", stdout, StringComparison.Ordinal);
        Assert.Contains("TP7001", stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
