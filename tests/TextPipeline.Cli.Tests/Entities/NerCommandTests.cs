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
