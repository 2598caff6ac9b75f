using System.Text.Json;
using TextPipeline.Cli;

namespace TextPipeline.Cli.Tests;

/// <summary>annotate (text/conllu → conllu, text → json) and eval tokens/pos on a tiny gold file.</summary>
public sealed class TokenizationCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-tok-cli-" + Guid.NewGuid().ToString("N"));

    public TokenizationCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    private const string Gold = "# sent_id = a\n# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t0\troot\t_\t_\n\n";

    private static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Invoke(args, new() { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Annotate_text_to_conllu_writes_sentences_and_space_after()
    {
        var (code, stdout, _) = Invoke("annotate", Write("a.txt", "Hello there. I don't know!"), "--from", "text", "--to", "conllu");
        Assert.Equal(0, code);
        Assert.Contains("# sent_id = s1\n# text = Hello there.\n", stdout, StringComparison.Ordinal);
        Assert.Contains("# text = I don't know!\n", stdout, StringComparison.Ordinal);
        Assert.Contains("\tdo\t", stdout, StringComparison.Ordinal);
        Assert.Contains("SpaceAfter=No", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_conllu_to_conllu_keeps_the_tokens()
    {
        var (code, stdout, _) = Invoke("annotate", Write("g.conllu", Gold), "--from", "conllu", "--to", "conllu");
        Assert.Equal(0, code);
        Assert.Contains("2-3\tdon't\t", stdout, StringComparison.Ordinal);
        Assert.Contains("# sent_id = a\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_text_to_json_explains_each_token()
    {
        var (code, stdout, _) = Invoke("annotate", Write("b.txt", "(don't)!"), "--from", "text", "--to", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var rules = json.RootElement.GetProperty("sentences")[0].GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("rule").GetString() ?? "").ToArray();
        Assert.Equal(["prefix", "whole", "clitic", "suffix", "suffix"], rules);
    }

    [Fact]
    public void Eval_tokens_and_pos_print_json_metrics()
    {
        var gold = Write("g.conllu", Gold);
        var (code, stdout, _) = Invoke("eval", "tokens", "--gold", gold);
        Assert.Equal(0, code);
        using var tokens = JsonDocument.Parse(stdout);
        Assert.Equal(100.0, tokens.RootElement.GetProperty("raw_text").GetProperty("tokens").GetProperty("f1").GetDouble());
        Assert.Equal(100.0, tokens.RootElement.GetProperty("raw_text").GetProperty("sentences").GetProperty("f1").GetDouble());
        (code, stdout, _) = Invoke("eval", "pos", "--gold", gold);
        Assert.Equal(0, code);
        using var pos = JsonDocument.Parse(stdout);
        Assert.Equal(5, pos.RootElement.GetProperty("gold_tokens").GetProperty("words").GetInt32());
    }
}
