using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TextPipeline.Entities;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Recognition;
using TextPipeline.Entities.Training;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary><c>textpipeline train ner --train &lt;file&gt;... --dev &lt;file&gt; --out &lt;model&gt;</c>: ML.NET maximum-entropy NER.</summary>
public static class TrainNerCommand
{
    public static readonly Option<string[]> TrainFiles = new("--train")
    {
        Description = "Training files (CoNLL-2003, UNER or TOKEN<TAB>TAG layout).",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string?> Dev = new("--dev") { Description = "Development file scored after training." };

    public static readonly Option<string> Out = new("--out", "-o") { Description = "Model file to write (.bin.gz).", Required = true };

    public static readonly Option<string> Types = new("--types")
    {
        Description = "Entity types to learn; other types become O.",
        DefaultValueFactory = _ => "PER,ORG,LOC",
    };

    public static readonly Option<int> HashBits = new("--hash-bits") { Description = "log2 of the hashed feature space.", DefaultValueFactory = _ => 20 };

    public static readonly Option<float> L1 = new("--l1") { Description = "L1 regularisation.", DefaultValueFactory = _ => 1f };

    public static readonly Option<float> L2 = new("--l2") { Description = "L2 regularisation.", DefaultValueFactory = _ => 1f };

    public static readonly Option<int> Iterations = new("--iterations") { Description = "Maximum L-BFGS iterations.", DefaultValueFactory = _ => 200 };

    public static readonly Option<bool> NoGazetteer = new("--no-gazetteer") { Description = "Do not use gazetteer features." };

    public static readonly Option<string?> Unlabeled = new("--unlabeled") { Description = "Folder of unlabelled .txt articles to learn word classes from." };

    public static readonly Option<bool> Pos = new("--pos") { Description = "Use UPOS features from the shipped POS tagger." };

    public static readonly Option<bool> DocumentCase = new("--document-case")
    {
        Description = "Add document-case features: how the rest of each document writes a word (capitalised, lower case, both).",
    };

    public static readonly Option<bool> NoClusters = new("--no-clusters") { Description = "Do not use the shipped word clusters (models/word-clusters-en.tsv.gz)." };

    public static readonly Option<int> Seed = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };

    public static Command Create()
    {
        var command = new Command("ner", "Train the named-entity recognizer (ML.NET L-BFGS maximum entropy over hashed features).")
        {
            TrainFiles, Dev, Out, Types, HashBits, L1, L2, Iterations, NoGazetteer, Unlabeled, Pos, DocumentCase, NoClusters, Seed,
        };
        command.SetAction((parseResult, cancellationToken) => CliModels.GuardAsync(parseResult, async () =>
        {
            var models = CliModels.Store(parseResult);
            var error = parseResult.InvocationConfiguration.Error;
            var output = parseResult.InvocationConfiguration.Output;
            var log = new SynchronousProgress(m => error.WriteLine(m));
            var types = parseResult.GetRequiredValue(Types).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var gazetteer = parseResult.GetValue(NoGazetteer) ? null : EntityResources.LoadGazetteer(models);
            var sentences = new List<NerSentence>();
            foreach (var file in parseResult.GetRequiredValue(TrainFiles))
            {
                if (!File.Exists(file))
                {
                    await error.WriteLineAsync($"textpipeline: error: training file not found: {file}").ConfigureAwait(false);
                    return 1;
                }
                var read = NerCorpusReader.ReadFile(file);
                log.Report($"ner: {file}: {read.Count:N0} sentences");
                // Documents are numbered per file: keep them apart across files.
                var offset = sentences.Count == 0 ? 0 : sentences[^1].Document + 1;
                sentences.AddRange(read.Select(s => s with { Document = s.Document + offset }));
            }
            if (gazetteer is not null)
            {
                for (var i = 0; i < sentences.Count; i++) sentences[i] = NerTrainer.DropDemonyms(sentences[i], gazetteer);
            }
            WordLexicon? lexicon = null;
            if (parseResult.GetValue(Unlabeled) is { } unlabeled)
            {
                lexicon = WordLexicon.Learn(Directory.EnumerateFiles(unlabeled, "*.txt", SearchOption.AllDirectories));
                log.Report($"ner: learned word classes of {lexicon.Count:N0} words from {unlabeled}");
            }
            var options = new NerTrainingOptions
            {
                Types = types,
                HashBits = parseResult.GetValue(HashBits),
                L1 = parseResult.GetValue(L1),
                L2 = parseResult.GetValue(L2),
                Iterations = parseResult.GetValue(Iterations),
                Seed = parseResult.GetValue(Seed),
                UsePos = parseResult.GetValue(Pos),
                UseDocumentCase = parseResult.GetValue(DocumentCase),
            };
            var clusters = parseResult.GetValue(NoClusters) ? null : Lexicon.WordClusters.Load(models);
            log.Report($"ner: word clusters: {clusters?.Count ?? 0:N0} words (sha256 {clusters?.Sha256 ?? "none"}); POS features: {options.UsePos}");
            var clock = Stopwatch.StartNew();
            var model = NerTrainer.Train(sentences, options, gazetteer, lexicon, log, clusters, options.UsePos ? Tokenization.TextAnalyzer.Load(models) : null);
            log.Report($"ner: trained in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
            var outPath = parseResult.GetRequiredValue(Out);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            model.Save(outPath);
            log.Report($"ner: wrote {outPath} ({new FileInfo(outPath).Length:N0} bytes)");
            if (parseResult.GetValue(Dev) is { } dev)
            {
                // Score the saved model (half-precision weights), exactly what eval ner will see.
                var saved = NerModel.Load(outPath, gazetteer, () => Lexicon.WordClusters.Load(models));
                var evaluation = NerTagger.Evaluate(saved, NerCorpusReader.ReadFile(dev), types, options.UsePos ? Tokenization.TextAnalyzer.Load(models) : null);
                await output.WriteLineAsync(NerMetricsJson.Format(evaluation, dev, outPath, null)).ConfigureAwait(false);
            }
            return 0;
        }));
        return command;
    }
}
