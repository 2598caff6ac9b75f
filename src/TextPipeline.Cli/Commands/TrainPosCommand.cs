using System.CommandLine;
using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Conllu;
using TextPipeline.Tokenization.Evaluation;
using TextPipeline.Tokenization.Training;

namespace TextPipeline.Cli.Commands;

/// <summary><c>train pos --train &lt;conllu&gt; [--dev &lt;conllu&gt;] --out &lt;model&gt;</c>: UPOS tagger, lemmatizer and sentence splitter.</summary>
public static class TrainPosCommand
{
    public static readonly Option<FileInfo> TrainFile = new Option<FileInfo>("--train")
    {
        Description = "UD CoNLL-U training file (e.g. ../shared/data/ud-ewt/en_ewt-ud-train.conllu).",
        Required = true,
    }.AcceptExistingOnly();

    public static readonly Option<FileInfo> DevFile = new Option<FileInfo>("--dev")
    {
        Description = "UD CoNLL-U dev file; when given, its scores are printed as JSON.",
    }.AcceptExistingOnly();

    public static readonly Option<string> Out = new("--out")
    {
        Description = "Model file to write.",
        DefaultValueFactory = _ => Path.Combine("models", TextAnalyzer.ModelFileName),
    };

    public static readonly Option<int> Epochs = new("--epochs")
    {
        Description = "Training epochs of the tagger.",
        DefaultValueFactory = _ => 10,
    };

    public static readonly Option<int> Folds = new("--folds")
    {
        Description = "Jackknife folds giving the second tagger pass its first-pass tags; 1 = one pass only.",
        DefaultValueFactory = _ => 4,
    };

    public static readonly Option<int> Seed = new("--seed")
    {
        Description = "Shuffling seed.",
        DefaultValueFactory = _ => 1,
    };

    public static readonly Option<bool> Clusters = new("--clusters") { Description = "Use the word clusters (word-clusters-en.tsv.gz) as tagger features (the shipped tagger is trained without them)." };

    public static Command Create()
    {
        var command = new Command("pos", "Train the UPOS tagger, lemmatizer and sentence splitter on UD CoNLL-U.") { TrainFile, DevFile, Out, Epochs, Folds, Seed, Clusters };
        command.SetAction((parseResult, cancellationToken) => CliModels.GuardAsync(parseResult, async () =>
        {
            var models = CliModels.Store(parseResult);
            var error = parseResult.InvocationConfiguration.Error;
            var log = new SyncProgress(line => error.WriteLine(line));
            var outPath = parseResult.GetRequiredValue(Out);
            var options = new TokenizationTrainingOptions(PosEpochs: parseResult.GetValue(Epochs), Seed: parseResult.GetValue(Seed), PosFolds: parseResult.GetValue(Folds),
                Clusters: parseResult.GetValue(Clusters) ? Lexicon.WordClusters.Load(models) : null);
            TokenizationTrainer.Train(parseResult.GetRequiredValue(TrainFile).FullName, outPath, options, log);
            if (parseResult.GetValue(DevFile) is { } dev)
            {
                var analyzer = TextAnalyzer.LoadFile(outPath, models);
                var gold = ConlluReader.ReadFile(dev.FullName).ToList();
                var json = EvalTokensCommand.ToJson(dev.FullName, TokenizationEvaluator.EvaluateRawText(analyzer, gold, cancellationToken),
                    TokenizationEvaluator.EvaluateGoldTokens(analyzer, gold));
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(json).ConfigureAwait(false);
            }
            return 0;
        }));
        return command;
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    internal sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
