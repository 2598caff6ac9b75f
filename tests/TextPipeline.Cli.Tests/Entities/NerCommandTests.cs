using System.Text.Json;
using TextPipeline.Cli;

namespace TextPipeline.Cli.Tests.Entities;

/// <summary><c>annotate --from conll --to conll</c> and <c>eval ner</c> with the shipped model.</summary>
public sealed class NerCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-ner-" + Guid.NewGuid().ToString("N"));

    public NerCommandTests() => Directory.CreateDirectory(_dir);

    private static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Invoke(args, new() { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }

    private const string Conll = """
        -DOCSTART- -X- -X- O

        Kim NNP B-NP B-PER
        Jong NNP I-NP I-PER
        Un NNP I-NP I-PER
        visited VBD B-VP O
        Russia NNP B-NP B-LOC
        . . O O

        """;

    [Fact]
    public void Annotate_conll_keeps_every_line_and_replaces_only_the_tag_column()
    {
        var input = Path.Combine(_dir, "in.conll");
        File.WriteAllText(input, Conll.ReplaceLineEndings("\n"));
        var (code, stdout, _) = Invoke("annotate", input, "--from", "conll", "--to", "conll");
        Assert.Equal(0, code);
        var inLines = File.ReadAllLines(input);
        var outLines = stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(inLines.Length, outLines.Length);
        for (var i = 0; i < inLines.Length; i++)
        {
            var a = inLines[i].Split(' ');
            var b = outLines[i].Split(' ');
            Assert.Equal(a.Length, b.Length);
            Assert.Equal(a[..^1], b[..^1]);
        }
        Assert.Equal("Kim NNP B-NP B-PER", outLines[2]);
        Assert.Equal("Russia NNP B-NP B-LOC", outLines[6]);
    }

    [Fact]
    public void Eval_ner_prints_metrics_json_on_stdout()
    {
        var gold = Path.Combine(_dir, "gold.conll");
        File.WriteAllText(gold, Conll);
        var (code, stdout, _) = Invoke("eval", "ner", "--gold", gold, "--types", "PER,ORG,LOC");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("overall").GetProperty("gold").GetInt32());
        Assert.InRange(json.RootElement.GetProperty("overall").GetProperty("f1").GetDouble(), 0, 1);
    }

    [Fact]
    public void Eval_ner_scores_the_entity_step_by_default_and_the_tagger_alone_on_request()
    {
        var gold = Path.Combine(_dir, "gold.conll");
        File.WriteAllText(gold, Conll);
        var (_, step, _) = Invoke("eval", "ner", "--gold", gold);
        var (_, tagger, _) = Invoke("eval", "ner", "--gold", gold, "--tagger-only");
        using var stepJson = JsonDocument.Parse(step);
        using var taggerJson = JsonDocument.Parse(tagger);
        Assert.Equal("entity-step", stepJson.RootElement.GetProperty("mode").GetString());
        Assert.Equal(1, stepJson.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal("tagger-only", taggerJson.RootElement.GetProperty("mode").GetString());
        // Without --types the gold file's own types are scored (here PER and LOC).
        Assert.Equal(2, stepJson.RootElement.GetProperty("overall").GetProperty("gold").GetInt32());
    }

    [Fact]
    public void Eval_linking_scores_links_against_our_gold_and_checks_spellings()
    {
        var input = Path.Combine(_dir, "articles");
        Directory.CreateDirectory(input);
        const string Body = "The United Nations met in Geneva. Kim Jong Un sent a letter to the United Nations on Monday.";
        File.WriteAllText(Path.Combine(input, "a.txt"), "Letter to the UN\n\n" + Body + "\n");
        var un = Body.IndexOf("United Nations", StringComparison.Ordinal);
        var kim = Body.IndexOf("Kim Jong Un", StringComparison.Ordinal);
        var gold = Path.Combine(_dir, "gold.tsv");
        File.WriteAllText(gold, "article_id\tstart\tend\tmention\ttype\tname\tqid\tkb_id\tlinkable\n"
            + $"a\t{un}\t{un + 14}\tUnited Nations\tORG\tUnited Nations\tQ1065\tQ1065\ty\n"
            + $"a\t{kim}\t{kim + 11}\tKim Jong Un\tPER\tKim Jong Un\tQ56226\tQ56226\ty\n");
        var (code, stdout, stderr) = Invoke("eval", "linking", "--input", input, "--gold", gold, "--jobs", "1");
        Assert.Equal(0, code);
        Assert.DoesNotContain("does not match", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("goldEntities").GetInt32());
        Assert.Equal(2, root.GetProperty("correctLinks").GetInt32());
        Assert.Equal(1.0, root.GetProperty("linkRecall").GetDouble());
        Assert.Equal(0, root.GetProperty("foreignSpellings").GetInt32());
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
