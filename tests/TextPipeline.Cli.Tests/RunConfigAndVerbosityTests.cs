namespace TextPipeline.Cli.Tests;

public sealed class RunConfigAndVerbosityTests(RunFixture fixture) : IClassFixture<RunFixture>
{
    [Fact]
    public void Textpipeline_json_in_the_input_folder_sets_run_options_and_the_command_line_wins()
    {
        var input = CopyInput("config-in");
        File.WriteAllText(Path.Combine(input, "textpipeline.json"), """{ "run": { "tags": 1, "noCache": true }, "diagnostics": { "TP5001": "none" } }""");
        var outDir = Path.Combine(fixture.Root, "config-out");

        var (code, stdout, stderr) = RunCommandTests.Invoke("run", input, "--out", outDir, "--jobs", "1");
        Assert.Equal(0, code);
        Assert.StartsWith("3 articles from 3 files", stdout, StringComparison.Ordinal); // the config file is no article
        Assert.Contains("options from", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("TP5001", stderr, StringComparison.Ordinal);
        Assert.Equal(1, MaxTagsPerArticle(outDir));
        Assert.False(Directory.Exists(Path.Combine(outDir, ".cache")));

        Assert.Equal(0, RunCommandTests.Invoke("run", input, "--out", outDir, "--jobs", "1", "--tags", "3").Code);
        Assert.Equal(3, MaxTagsPerArticle(outDir));
    }

    [Theory]
    [InlineData("""{ "run": { "tagz": 1 } }""", "unknown run option 'tagz'")]
    [InlineData("""{ "run": { "tags": "many" } }""", "run.tags must be a whole number")]
    [InlineData("""{ "run": { "summaryRatio": 3 } }""", "run.summaryRatio must be a number above 0")]
    [InlineData("""{ "run": { "gazetteer": "missing.csv" } }""", "run.gazetteer: file not found")]
    [InlineData("""{ "diagnostic": { "TP1004": "none" } }""", "unknown key 'diagnostic'")]
    [InlineData("""{ "warningsAsErrors": "yes" }""", "'warningsAsErrors' must be true or false")]
    public void Unknown_keys_and_bad_values_in_the_config_file_are_reported_and_touch_no_output(string json, string message)
    {
        var config = Path.Combine(fixture.Root, $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(config, json);
        var (code, stdout, stderr) = RunCommandTests.Invoke("run", fixture.Input, "--out", fixture.Out, "--config", config);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("error TP7005", stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        OutputSnapshot.AssertUnchanged(fixture.Outputs, fixture.Out);
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_and_verbose_adds_the_pipeline_lines()
    {
        var outDir = Path.Combine(fixture.Root, "verbosity-out");
        var normal = RunCommandTests.Invoke("run", fixture.Input, "--out", outDir, "--jobs", "1");
        Assert.Equal(0, normal.Code);
        Assert.Contains("info TP5001", normal.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("cache:", normal.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("related: links", normal.Err, StringComparison.Ordinal);

        var verbose = RunCommandTests.Invoke("run", fixture.Input, "--out", outDir, "--jobs", "1", "-v");
        Assert.Equal(0, verbose.Code);
        Assert.Contains("cache: ", verbose.Err, StringComparison.Ordinal);
        Assert.Contains("timings: ingest", verbose.Err, StringComparison.Ordinal);

        var quiet = RunCommandTests.Invoke("run", fixture.Input, "--out", outDir, "--jobs", "1", "-q");
        Assert.Equal(0, quiet.Code);
        Assert.Equal("", quiet.Out);
        Assert.Equal("", quiet.Err);
    }

    private string CopyInput(string name)
    {
        var input = Path.Combine(fixture.Root, name);
        Directory.CreateDirectory(input);
        foreach (var f in Directory.GetFiles(fixture.Input)) File.Copy(f, Path.Combine(input, Path.GetFileName(f)));
        return input;
    }

    private static int MaxTagsPerArticle(string outDir) =>
        File.ReadAllLines(Path.Combine(outDir, "tags.csv")).Skip(1).GroupBy(l => l.Split(',')[0]).Max(g => g.Count());
}
