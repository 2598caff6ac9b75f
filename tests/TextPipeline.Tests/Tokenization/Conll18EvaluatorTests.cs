using System.Text;
using TextPipeline.Text;
using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Conllu;
using TextPipeline.Tokenization.Evaluation;

namespace TextPipeline.Tests.Tokenization;

/// <summary>
/// The alignment cases of conll18_ud_eval.py's own unit tests (TestAlignment), run through our port: "abc a b c" is a
/// multiword token "abc" with the words a, b, c; a single string is a plain word.
/// </summary>
public sealed class Conll18EvaluatorTests
{
    [Theory]
    [InlineData(new[] { "a" }, new[] { "a" }, 1)]
    [InlineData(new[] { "a", "b", "c" }, new[] { "a", "b", "c" }, 3)]
    [InlineData(new[] { "abc a b c" }, new[] { "a", "b", "c" }, 3)]
    [InlineData(new[] { "a", "bc b c", "d" }, new[] { "a", "b", "c", "d" }, 4)]
    [InlineData(new[] { "abcd a b c d" }, new[] { "ab a b", "cd c d" }, 4)]
    [InlineData(new[] { "abc a b c", "de d e" }, new[] { "a", "bcd b c d", "e" }, 5)]
    [InlineData(new[] { "abcd" }, new[] { "a", "b", "c", "d" }, 0)]
    [InlineData(new[] { "abc", "d" }, new[] { "a", "b", "c", "d" }, 1)]
    [InlineData(new[] { "a", "bc", "d" }, new[] { "a", "b", "c", "d" }, 2)]
    [InlineData(new[] { "a", "bc b c", "d" }, new[] { "a", "b", "cd" }, 2)]
    [InlineData(new[] { "abc a BX c", "def d EX f" }, new[] { "ab a b", "cd c d", "ef e f" }, 4)]
    [InlineData(new[] { "ab a b", "cd bc d" }, new[] { "a", "bc", "d" }, 2)]
    [InlineData(new[] { "a", "bc b c", "d" }, new[] { "ab AX BX", "cd CX a" }, 1)]
    public void Aligns_words_as_the_shared_task_script_does(string[] gold, string[] system, int correct)
    {
        var scores = Conll18Evaluator.Evaluate(new StringReader(Words(gold)), new StringReader(Words(system)));
        Assert.Equal(correct, scores.Words.Correct);
        Assert.Equal(gold.Sum(w => Math.Max(1, w.Split(' ').Length - 1)), scores.Words.Gold);
        Assert.Equal(system.Sum(w => Math.Max(1, w.Split(' ').Length - 1)), scores.Words.System);
    }

    [Fact]
    public void Different_characters_are_an_error()
    {
        Assert.Throws<Conll18Exception>(() => Conll18Evaluator.Evaluate(new StringReader(Words(["a"])), new StringReader(Words(["b"]))));
    }

    [Fact]
    public void Annotate_writes_multiword_token_ranges_that_score_as_gold()
    {
        var analyzer = TestSupport.TestModels.Analyzer;
        var output = new StringWriter();
        TextAnnotator.TextToConllu(new StringReader("Google's engineers don't sleep."), output, analyzer);
        var conllu = output.ToString();
        Assert.Contains("1-2\tGoogle's\t", conllu, StringComparison.Ordinal);
        Assert.Contains("\n1\tGoogle\t", conllu, StringComparison.Ordinal);
        Assert.Contains("\n2\t's\t", conllu, StringComparison.Ordinal);
        Assert.Contains("4-5\tdon't\t", conllu, StringComparison.Ordinal);
        const string gold = "# text = Google's engineers don't sleep.\n"
            + "1-2\tGoogle's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tGoogle\tGoogle\tPROPN\t_\t_\t4\t_\t_\t_\n2\t's\t's\tPART\t_\t_\t1\t_\t_\t_\n"
            + "3\tengineers\tengineer\tNOUN\t_\t_\t6\t_\t_\t_\n4-5\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n4\tdo\tdo\tAUX\t_\t_\t6\t_\t_\t_\n"
            + "5\tn't\tnot\tPART\t_\t_\t6\t_\t_\t_\n6\tsleep\tsleep\tVERB\t_\t_\t0\t_\t_\tSpaceAfter=No\n7\t.\t.\tPUNCT\t_\t_\t6\t_\t_\t_\n\n";
        var scores = Conll18Evaluator.Evaluate(new StringReader(gold), new StringReader(conllu));
        Assert.Equal(5, scores.Tokens.Correct);
        Assert.Equal(7, scores.Words.Correct);
    }

    /// <summary>A one-sentence CoNLL-U file as the script's tests build it.</summary>
    private static string Words(string[] words)
    {
        var sb = new StringBuilder();
        var n = 0;
        foreach (var w in words)
        {
            var parts = w.Split(' ');
            if (parts.Length == 1)
            {
                n++;
                sb.Append($"{n}\t{parts[0]}\t_\t_\t_\t_\t{(n > 1 ? 1 : 0)}\t_\t_\t_\n");
                continue;
            }
            sb.Append($"{n + 1}-{n + parts.Length - 1}\t{parts[0]}\t_\t_\t_\t_\t_\t_\t_\t_\n");
            foreach (var part in parts[1..])
            {
                n++;
                sb.Append($"{n}\t{part}\t_\t_\t_\t_\t{(n > 1 ? 1 : 0)}\t_\t_\t_\n");
            }
        }
        return sb.Append('\n').ToString();
    }
}
