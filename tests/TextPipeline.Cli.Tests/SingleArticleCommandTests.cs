using System.Text.Json;

namespace TextPipeline.Cli.Tests;

/// <summary>One article through <c>analyze</c> and <c>run -</c>, and models that cannot be loaded.</summary>
public sealed class SingleArticleCommandTests : IDisposable
{
    private const string Article = "Russia and North Korea sign defence pact\n\nKim Jong Un met Vladimir Putin in Pyongyang on Wednesday. "
        + "The two leaders signed a pact on military cooperation, and the United Nations Security Council is to discuss sanctions.\n\n"
        + "Washington said the agreement threatens peace on the Korean Peninsula.\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-single-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Analyze_prints_the_articles_jsonl_record_of_standard_input_with_entities_tags_and_a_summary()
    {
        var (code, stdout, stderr) = ChildProcess.ExecWithInput(Article, "analyze", "-", "--compact");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("stdin", root.GetProperty("id").GetString());
        Assert.Equal("Russia and North Korea sign defence pact", root.GetProperty("title").GetString());
        var entities = root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("Kim Jong Un", entities);
        Assert.Contains("Vladimir Putin", entities);
        Assert.NotEmpty(root.GetProperty("tags").EnumerateArray());
        var text = root.GetProperty("text").GetString()!;
        var sentences = root.GetProperty("summary").GetProperty("sentences").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.InRange(s.GetProperty("end").GetInt32(), 1, text.Length));
        Assert.Empty(root.GetProperty("related").EnumerateArray());
    }

    [Fact]
    public void Analyze_of_a_json_record_keeps_the_record_id_and_metadata()
    {
        var record = JsonSerializer.Serialize(new { id = "cms-42", title = "Pact signed", body = Article, url = "https://example.com/a" });
        var (code, stdout, stderr) = ChildProcess.ExecWithInput(record, "analyze", "--compact");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("cms-42", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("https://example.com/a", json.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public void Run_reads_one_article_from_standard_input_and_gives_the_same_record_as_a_file()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        File.WriteAllText(Path.Combine(_dir, "in", "stdin.txt"), Article);
        var (code, _, stderr) = ChildProcess.ExecWithInput(Article, "run", "-", "--out", Path.Combine(_dir, "piped"), "--no-cache");
        Assert.True(code == 0, stderr);
        (code, _, stderr) = ChildProcess.Exec("run", Path.Combine(_dir, "in"), "--out", Path.Combine(_dir, "file"), "--no-cache");
        Assert.True(code == 0, stderr);
        foreach (var name in new[] { "entities.csv", "tags.csv", "keyphrases.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(_dir, "file", name)), File.ReadAllText(Path.Combine(_dir, "piped", name)));
        }
    }

    [Fact]
    public void A_models_folder_without_the_models_stops_run_with_the_diagnostic_and_writes_nothing()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        Directory.CreateDirectory(Path.Combine(_dir, "empty-models"));
        File.WriteAllText(Path.Combine(_dir, "in", "a.txt"), Article);
        var (code, stdout, stderr) = ChildProcess.Exec("run", Path.Combine(_dir, "in"), "--out", Path.Combine(_dir, "out"), "--models", Path.Combine(_dir, "empty-models"));
        Assert.Equal(1, code);
        Assert.Contains("error TP2001", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public void A_corrupt_model_stops_analyze_with_its_diagnostic()
    {
        var models = Path.Combine(_dir, "models");
        Directory.CreateDirectory(models);
        var shipped = Path.Combine(RepoRoot(), "models");
        foreach (var file in Directory.GetFiles(shipped, "*.gz")) File.Copy(file, Path.Combine(models, Path.GetFileName(file)));
        File.WriteAllBytes(Path.Combine(models, "ner-en.bin.gz"), [0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]);
        var (code, stdout, stderr) = ChildProcess.ExecWithInput(Article, "analyze", "-", "--models", models);
        Assert.Equal(1, code);
        Assert.Contains("error TP3002", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "TextPipeline.sln"))) return d.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
