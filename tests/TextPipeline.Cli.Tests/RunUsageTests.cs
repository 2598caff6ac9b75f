using TextPipeline.Cli;

namespace TextPipeline.Cli.Tests;

/// <summary>A folder of three articles and the outputs of one good run over it, shared by the usage tests.</summary>
public sealed class RunFixture : IDisposable
{
    public RunFixture()
    {
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "harbour.txt"), "Harbour plan approved\n\nThe city council of Rotterdam approved the harbour expansion on Tuesday. Port Authority chief Marieke de Vries said the berths would open in 2030.\n");
        File.WriteAllText(Path.Combine(Input, "strike.txt"), "Airport strike ends\n\nBaggage handlers at Berlin airport ended their strike after a pay deal with the operator. Flights resumed on Friday.\n");
        File.WriteAllText(Path.Combine(Input, "weather.txt"), "Storm warning for Oslo\n\nForecasters in Oslo warned of a storm with heavy rain and strong winds along the coast on Sunday.\n");
        var (code, _, err) = RunCommandTests.Invoke("run", Input, "--out", Out, "--no-cache", "--jobs", "1");
        if (code != 0) throw new InvalidOperationException("the fixture's run failed: " + err);
        Outputs = OutputSnapshot.Of(Out);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "tp-usage-" + Guid.NewGuid().ToString("N"));

    public string Input => Path.Combine(Root, "in");

    public string Out => Path.Combine(Root, "out");

    /// <summary>The outputs of the good run: every later mistake must leave them as they are.</summary>
    public IReadOnlyDictionary<string, string> Outputs { get; }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}

/// <summary>Every output name with its content and the run folder <c>current</c> points at.</summary>
internal static class OutputSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string outDir)
    {
        var files = Directory.Exists(outDir) ? Directory.GetFiles(outDir) : [];
        var snapshot = files.ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        snapshot["(current)"] = new FileInfo(Path.Combine(outDir, "current")).LinkTarget ?? "";
        return snapshot;
    }

    public static void AssertUnchanged(IReadOnlyDictionary<string, string> before, string outDir)
    {
        var after = Of(outDir);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, content) in before) Assert.True(content == after[name], $"{name} changed");
    }
}

public sealed class RunUsageTests(RunFixture fixture) : IClassFixture<RunFixture>
{
    public static TheoryData<string[]> Mistakes() => new()
    {
        new[] { "--quiett" },
        new[] { "-x" },
        new[] { "--format", "json" },
        new[] { "--tags", "abc" },
        new[] { "--tags", "0" },
        new[] { "--jobs", "x" },
        new[] { "--jobs" },
        new[] { "--related", "-1" },
        new[] { "--summary-sentences", "many" },
        new[] { "--summary-ratio", "2" },
        new[] { "--summary-chars", "abc" },
        new[] { "--seed", "x" },
        new[] { "--max-file-size", "big" },
        new[] { "--topics", "many" },
        new[] { "--gazetteer", "no-such-file.csv" },
        new[] { "--quiet", "--verbose" },
        new[] { "--", "-v" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_usage_mistake_exits_1_with_one_line_and_the_usage_and_touches_no_output(string[] mistake)
    {
        var (code, stdout, stderr) = RunCommandTests.Invoke(["run", fixture.Input, "--out", fixture.Out, "--no-cache", .. mistake]);
        AssertUsageError(code, stdout, stderr);
        OutputSnapshot.AssertUnchanged(fixture.Outputs, fixture.Out);
    }

    [Theory]
    [InlineData("train", "topics", "--iterations", "abc")]
    [InlineData("train", "topics", "--threads", "0")]
    [InlineData("train", "clusters", "--clusters", "1")]
    [InlineData("eval", "topics", "--topics", "abc")]
    [InlineData("analyze", "-", "--tags", "x")]
    [InlineData("analyze", "-", "--summary-ratio", "0")]
    public void Bad_numbers_in_other_commands_are_usage_errors_too(string verb, string noun, string option, string value)
    {
        var outFile = Path.Combine(fixture.Root, "model-never-written");
        string[] args = verb == "analyze" ? [verb, noun, option, value] : [verb, noun, fixture.Input, "--out", outFile, option, value];
        if (verb == "eval") args = [verb, noun, "--input", fixture.Input, option, value];
        var (code, stdout, stderr) = RunCommandTests.Invoke(args);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains($"textpipeline: error: {option}", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public void A_misspelt_input_folder_is_a_usage_error_and_touches_no_output()
    {
        var (code, stdout, stderr) = RunCommandTests.Invoke("run", fixture.Input + "x", "--out", fixture.Out);
        AssertUsageError(code, stdout, stderr);
        Assert.Contains("Input not found", stderr, StringComparison.Ordinal);
        OutputSnapshot.AssertUnchanged(fixture.Outputs, fixture.Out);
    }

    [Fact]
    public void An_unknown_option_is_not_read_as_an_input_path()
    {
        var (code, _, stderr) = RunCommandTests.Invoke("run", fixture.Input, "--verbos", "--out", fixture.Out);
        Assert.Equal(1, code);
        Assert.StartsWith("textpipeline: error: Unknown option '--verbos'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("TP1016", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_finds_no_article_keeps_the_previous_outputs_and_exits_2()
    {
        var empty = Path.Combine(fixture.Root, "empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "notes.docx"), "not an article");
        var (code, stdout, stderr) = RunCommandTests.Invoke("run", empty, "--out", fixture.Out, "--no-cache");
        Assert.Equal(2, code);
        Assert.Contains("error TP7004", stderr, StringComparison.Ordinal);
        Assert.StartsWith("No articles found in", stdout, StringComparison.Ordinal);
        OutputSnapshot.AssertUnchanged(fixture.Outputs, fixture.Out);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("under-file")]
    [InlineData("current-folder")]
    [InlineData("input")]
    public void Output_folder_problems_stop_the_run_before_the_analysis(string problem)
    {
        var root = Path.Combine(fixture.Root, "out-" + problem);
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "a-file"), "");
        var outDir = problem switch
        {
            "file" => Path.Combine(root, "a-file"),
            "under-file" => Path.Combine(root, "a-file", "out"),
            "current-folder" => Path.Combine(root, "out"),
            _ => fixture.Input,
        };
        if (problem == "current-folder") Directory.CreateDirectory(Path.Combine(outDir, "current", "something"));
        var (code, stdout, stderr) = RunCommandTests.Invoke("run", fixture.Input, "--out", outDir, "--no-cache");
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("textpipeline: error: cannot write the outputs:", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(Path.Combine(fixture.Input, "articles.jsonl")));
    }

    [Fact]
    public void An_output_folder_inside_the_input_is_never_read_back()
    {
        var input = Path.Combine(fixture.Root, "nested-in");
        Directory.CreateDirectory(input);
        foreach (var f in Directory.GetFiles(fixture.Input)) File.Copy(f, Path.Combine(input, Path.GetFileName(f)));
        var outDir = Path.Combine(input, "out");
        for (var run = 0; run < 3; run++)
        {
            var (code, stdout, stderr) = RunCommandTests.Invoke("run", input, "--out", outDir, "--no-cache", "--jobs", "1");
            Assert.Equal(0, code);
            Assert.StartsWith("3 articles from 3 files", stdout, StringComparison.Ordinal);
            if (run > 0) Assert.Contains("info TP1029", stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Response_files_hold_arguments()
    {
        var outDir = Path.Combine(fixture.Root, "rsp-out");
        var rsp = Path.Combine(fixture.Root, "args.rsp");
        File.WriteAllLines(rsp, ["run", fixture.Input, "--out", outDir, "--no-cache", "--tags 2"]);
        var (code, stdout, _) = RunCommandTests.Invoke("@" + rsp);
        Assert.Equal(0, code);
        Assert.StartsWith("3 articles", stdout, StringComparison.Ordinal);
        Assert.Contains("\"tags\": 2", File.ReadAllText(Path.Combine(outDir, "run.json")), StringComparison.Ordinal);
    }

    private static void AssertUsageError(int code, string stdout, string stderr)
    {
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("textpipeline: error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Usage:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("textpipeline run <input>...", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.True(lines.Length <= 6, stderr);
    }
}
