using System.CommandLine;
using System.Diagnostics;
using TextPipeline.Entities;
using TextPipeline.Entities.Recognition;
using TextPipeline.Entities.Training;
using TextPipeline.Entities.Evaluation;
using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval ner --gold &lt;file&gt; [--types PER,ORG,LOC] [--tagger-only]</c>: conlleval-style entity P/R/F1
/// as JSON. By default the entity step of <c>run</c> is scored, one gold document at a time; <c>--tagger-only</c>
/// scores the model's sentence tags alone (what <c>train ner</c> optimises).
/// </summary>
public static class EvalNerCommand
{
    public static readonly Option<string> Gold = new("--gold") { Description = "Gold file (CoNLL-2003, UNER or TOKEN<TAB>TAG layout).", Required = true };

    public static readonly Option<string?> Types = new("--types") { Description = "Types to score (e.g. PER,ORG,LOC); others are removed from gold and predictions." };

    public static readonly Option<string?> Model = new("--model") { Description = "Model file (default: the shipped models/ner-en.bin.gz)." };

    public static readonly Option<string?> Predictions = new("--predictions")
    {
        Description = "Write 'word gold predicted' lines of the entity step to this file (error analysis).",
    };

    public static readonly Option<bool> TaggerOnly = new("--tagger-only")
    {
        Description = "Score the model's tags sentence by sentence, without the rest of the entity step (document consistency, news types, linking).",
    };

    public static Command Create()
    {
        var command = new Command("ner", "Score the named-entity recognizer on a gold file (entity-level P/R/F1 per type).")
        {
            Gold, Types, Model, TaggerOnly, Predictions,
        };
        command.SetAction((parseResult, cancellationToken) => CliModels.GuardAsync(parseResult, async () =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var gold = parseResult.GetRequiredValue(Gold);
            if (!File.Exists(gold))
            {
                await error.WriteLineAsync($"textpipeline: error: gold file not found: {gold}").ConfigureAwait(false);
                return 1;
            }
            var models = CliModels.Store(parseResult);
            var loadClock = Stopwatch.StartNew();
            var modelPath = parseResult.GetValue(Model);
            var model = modelPath is null
                ? EntityResources.LoadModel(models)
                : NerModel.Load(modelPath, EntityResources.LoadGazetteer(models), () => Lexicon.WordClusters.Load(models));
            var loadMs = loadClock.Elapsed.TotalMilliseconds;
            if (model.ClustersMismatch)
            {
                await error.WriteLineAsync($"textpipeline: warning TP3004: the model was trained with word clusters {model.Settings.ClustersSha256}, loaded: {model.Features.ClustersSha256 ?? "none"}").ConfigureAwait(false);
            }
            IReadOnlyList<NerSentence> sentences = NerCorpusReader.ReadFile(gold);
            // Scored types: those asked for, else those the gold file uses (our MISC is not scored against a PER/ORG/LOC gold).
            var types = parseResult.GetValue(Types)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                ?? [.. PipelineNerEvaluator.TypesIn(sentences)];
            var output = parseResult.InvocationConfiguration.Output;
            if (!parseResult.GetValue(TaggerOnly))
            {
                var analyzer = TextAnalyzer.Load(models);
                var step = EntityStage.StepWith(new EntityResources(model, EntityResources.LoadGazetteer(models), null) { Tagger = analyzer });
                // A first pass warms up the JIT; a second identical pass is timed.
                PipelineNerEvaluator.Evaluate(sentences, step, analyzer, types);
                using var predictions = parseResult.GetValue(Predictions) is { } predictionsPath ? new StreamWriter(predictionsPath) : null;
                var result = PipelineNerEvaluator.Evaluate(sentences, step, analyzer, types, predictions);
                await error.WriteLineAsync(FormattableString.Invariant(
                    $"ner: entity step {result.ExtractSeconds:F2} s wall for {result.Evaluation.Tokens:N0} tokens in {result.Documents:N0} documents (one thread)")).ConfigureAwait(false);
                await error.WriteLineAsync(FormattableString.Invariant($"ner: model and gazetteer loaded in {loadMs:F0} ms")).ConfigureAwait(false);
                await output.WriteLineAsync(NerMetricsJson.Format(
                    result.Evaluation, gold, modelPath ?? EntityModelFiles.NerModel, result.Evaluation.Tokens / Math.Max(result.ExtractSeconds, 1e-9), "entity-step", result.Documents)).ConfigureAwait(false);
                return 0;
            }
            // POS tags are tagged once up front, as the pipeline has them before NER: the timed passes measure NER alone.
            if (model.Settings.UsePos)
            {
                var tagger = TextAnalyzer.Load(models);
                sentences = [.. sentences.Select(s => s with { Pos = s.Pos ?? NerTagger.PosOf(s.Words, tagger) })];
            }
            // The first pass also warms up the JIT; five more identical passes are timed (one thread).
            var evaluation = NerTagger.Evaluate(model, sentences, types);
            // CPU time of this thread, not wall time: the number stays meaningful on a busy machine.
            var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            const int TimedPasses = 5;
            for (var pass = 0; pass < TimedPasses; pass++) NerTagger.Evaluate(model, sentences, types);
            var wallSeconds = clock.Elapsed.TotalSeconds;
            var seconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            await error.WriteLineAsync(FormattableString.Invariant($"ner: timed pass {wallSeconds:F2} s wall, {seconds:F2} s CPU")).ConfigureAwait(false);
            await error.WriteLineAsync(FormattableString.Invariant($"ner: model and gazetteer loaded in {loadMs:F0} ms")).ConfigureAwait(false);
            await output.WriteLineAsync(
                NerMetricsJson.Format(evaluation, gold, modelPath ?? EntityModelFiles.NerModel, TimedPasses * evaluation.Tokens / Math.Max(seconds, 1e-9), "tagger-only")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
