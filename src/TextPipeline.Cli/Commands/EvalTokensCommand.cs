using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Conllu;
using TextPipeline.Tokenization.Evaluation;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>eval tokens --gold &lt;conllu&gt;</c> (tokens, words, sentences F1 from raw text) and <c>eval pos --gold &lt;conllu&gt;</c>
/// (UPOS accuracy on gold tokens plus UPOS F1 from raw text). Metrics are printed as JSON on stdout.
/// </summary>
public static class EvalTokensCommand
{
    public static readonly Option<FileInfo> Gold = new Option<FileInfo>("--gold")
    {
        Description = "Gold UD CoNLL-U file (e.g. ../shared/data/ud-ewt/en_ewt-ud-dev.conllu).",
        Required = true,
    }.AcceptExistingOnly();

    public static readonly Option<FileInfo> Model = new Option<FileInfo>("--model")
    {
        Description = "Model file to evaluate (default: the shipped model).",
    }.AcceptExistingOnly();

    public static readonly Option<bool> Errors = new("--errors")
    {
        Description = "Print every missed gold token (gold, then the overlapping system tokens) and every UPOS error to stderr.",
    };

    public static Command CreateTokens() => Create("tokens", "Tokens, words and sentences F1 (and UPOS/lemma F1) on raw text rebuilt from gold CoNLL-U; 'conll18' scores the annotate output as conll18_ud_eval.py does.", gold: false);

    public static Command CreatePos() => Create("pos", "UPOS and lemma accuracy on gold tokens, and UPOS F1 on raw text.", gold: true);

    private static Command Create(string name, string description, bool gold)
    {
        var command = new Command(name, description) { Gold, Model, Errors };
        command.SetAction((parseResult, cancellationToken) => CliModels.GuardAsync(parseResult, async () =>
        {
            var models = CliModels.Store(parseResult);
            var analyzer = parseResult.GetValue(Model) is { } model ? TextAnalyzer.LoadFile(model.FullName, models) : TextAnalyzer.Load(models);
            if (analyzer.ModelProblem is { } problem) await parseResult.InvocationConfiguration.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            var path = parseResult.GetRequiredValue(Gold).FullName;
            var sentences = ConlluReader.ReadFile(path).ToList();
            var raw = TokenizationEvaluator.EvaluateRawText(analyzer, sentences,
                parseResult.GetValue(Errors) ? parseResult.InvocationConfiguration.Error : null, cancellationToken);
            var goldScores = gold ? TokenizationEvaluator.EvaluateGoldTokens(analyzer, sentences,
                parseResult.GetValue(Errors) ? parseResult.InvocationConfiguration.Error : null) : null;
            Conll18Scores? conll18 = null;
            if (!gold)
            {
                // What `annotate --from text --to conllu` writes for the gold's raw text, scored by conll18_ud_eval.py's rules.
                var system = new StringWriter();
                TextAnnotator.TextToConllu(new StringReader(GoldDocument.Build(sentences).Text), system, analyzer, null, cancellationToken);
                using var goldReader = File.OpenText(path);
                try
                {
                    conll18 = Conll18Evaluator.Evaluate(goldReader, new StringReader(system.ToString()));
                }
                catch (Conll18Exception e)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"textpipeline: error: CoNLL 2018 evaluation failed: {e.Message}").ConfigureAwait(false);
                    return 1;
                }
            }
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(ToJson(path, raw, goldScores, conll18)).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    internal static string ToJson(string goldPath, RawTextScores raw, GoldTokenScores? gold, Conll18Scores? conll18 = null)
    {
        var json = new JsonObject
        {
            ["gold"] = Path.GetFileName(goldPath),
            ["raw_text"] = new JsonObject
            {
                ["tokens"] = Score(raw.Tokens),
                ["words"] = Score(raw.Words),
                ["sentences"] = Score(raw.Sentences),
                ["upos"] = Score(raw.UPos),
                ["lemmas"] = Score(raw.Lemmas),
            },
        };
        if (gold is not null)
        {
            json["gold_tokens"] = new JsonObject
            {
                ["words"] = gold.Words,
                ["upos_accuracy"] = Round(gold.UPosAccuracy),
                ["lemma_accuracy"] = Round(gold.LemmaAccuracy),
            };
        }
        if (conll18 is not null)
        {
            // The shared task's own definition over `annotate` output (multiword-token lines are tokens): comparable with published UD scores.
            json["conll18"] = new JsonObject
            {
                ["tokens"] = Score(conll18.Tokens),
                ["sentences"] = Score(conll18.Sentences),
                ["words"] = Score(conll18.Words),
                ["upos"] = Score(conll18.UPos),
                ["lemmas"] = Score(conll18.Lemmas),
            };
        }
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Score(F1Score s) => new()
    {
        ["gold"] = s.Gold,
        ["system"] = s.System,
        ["correct"] = s.Correct,
        ["precision"] = Round(s.Precision),
        ["recall"] = Round(s.Recall),
        ["f1"] = Round(s.F1),
    };

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
