using System.CommandLine;
using System.Globalization;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Keyphrases.Training;
using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline train keyphrase-ranker --docs &lt;dir&gt; --keys &lt;dir&gt; --out &lt;file&gt;</c>: trains the
/// learned keyphrase scorer (<see cref="KeyphraseRankerTrainer"/>) on documents with gold keys (500N-KPCrowd layout),
/// analysed as <c>run</c> analyses articles (tokens, entities), with IDF from the shipped background table.
/// Documents listed in <c>--exclude-ids</c> stay out (kept for measuring).
/// </summary>
public static class TrainKeyphraseRankerCommand
{
    public static readonly Option<string> Docs = new("--docs") { Description = "Folder of documents (<id>.txt).", Required = true };

    public static readonly Option<string> Keys = new("--keys") { Description = "Folder of gold keys (<id>.key, one per line).", Required = true };

    public static readonly Option<string?> ExcludeIds = new("--exclude-ids") { Description = "Document ids (one per line) to leave out of training." };

    public static readonly Option<string> Out = new("--out") { Description = "Model file to write.", Required = true };

    public static readonly Option<string?> GoldTags = new("--gold-tags") { Description = "Editor tag gold (data/gold/bbc-tags-gold.tsv) whose articles are added as training documents." };

    public static readonly Option<string?> GoldDocs = new("--gold-docs") { Description = "Folder the editor gold's article ids are relative to (../shared/data/bbc-news)." };

    public static readonly Option<string?> GoldIds = new("--gold-ids") { Description = "Only these editor-gold article ids (one per line), e.g. one half for a held-out check." };

    public static readonly Option<float> GoldWeight = new("--gold-weight") { Description = "Example weight of editor-gold candidates.", DefaultValueFactory = _ => 3f };

    public static readonly Option<float> L1 = new("--l1") { DefaultValueFactory = _ => 0.1f };

    public static readonly Option<float> L2 = new("--l2") { DefaultValueFactory = _ => 0.1f };

    public static readonly Option<int> Seed = new("--seed") { DefaultValueFactory = _ => 1 };

    public static Command Create()
    {
        var command = new Command("keyphrase-ranker", "Train the learned keyphrase scorer on documents with gold keyphrases.") { Docs, Keys, ExcludeIds, GoldTags, GoldDocs, GoldIds, GoldWeight, Out, L1, L2, Seed };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(CliModels.Guard(parseResult, () => Execute(parseResult, cancellationToken))));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        var excluded = parseResult.GetValue(ExcludeIds) is { } file
            ? File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
        var keysDir = parseResult.GetRequiredValue(Keys);
        // Tokens and entities as run gives them (the ranker's features read both).
        var pipeline = Pipeline.AnalysisPipeline.Default.Only("tokenize", "entities");
        var docs = Directory.GetFiles(parseResult.GetRequiredValue(Docs), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Id: Path.GetFileNameWithoutExtension(path), Path: path))
            .Where(d => !excluded.Contains(d.Id) && File.Exists(Path.Combine(keysDir, d.Id + ".key"))).ToList();
        var articles = new List<KeyphraseTrainingArticle>();
        foreach (var analysis in EvalCorpus.AnalyzeFiles(parseResult, pipeline, docs, cancellationToken))
        {
            var gold = File.ReadLines(Path.Combine(keysDir, analysis.Id + ".key")).Select(PorterStemmer.StemPhrase).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            articles.Add(new KeyphraseTrainingArticle(analysis.Article, analysis.Document!, [.. analysis.Entities], gold));
        }
        var goldArticles = 0;
        if (parseResult.GetValue(GoldTags) is { } goldPath && parseResult.GetValue(GoldDocs) is { } goldDocs)
        {
            var only = parseResult.GetValue(GoldIds) is { } idsFile ? File.ReadLines(idsFile).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal) : null;
            var goldLines = Tagging.Evaluation.TagGold.Read(goldPath).Where(p => only is null || only.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            var files = goldLines.Keys.Order(StringComparer.Ordinal).Select(id => (Id: id, Path: Path.Combine(goldDocs, id + ".txt")));
            foreach (var analysis in EvalCorpus.AnalyzeFiles(parseResult, pipeline, files, cancellationToken))
            {
                var lines = goldLines[analysis.Id];
                articles.Add(new KeyphraseTrainingArticle(analysis.Article, analysis.Document!, [.. analysis.Entities], new HashSet<string>())
                {
                    Weight = parseResult.GetValue(GoldWeight),
                    Matches = text => lines.Any(g => g.Matches(text, null)),
                });
                goldArticles++;
            }
        }
        var l1 = parseResult.GetValue(L1);
        var l2 = parseResult.GetValue(L2);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"ML.NET LbfgsLogisticRegression, L1 {l1}, L2 {l2}, seed {parseResult.GetValue(Seed)}; {articles.Count - goldArticles} documents of {Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(keysDir)))} ({excluded.Count} excluded ids){(goldArticles > 0 ? $" and {goldArticles} editor-gold articles (weight {parseResult.GetValue(GoldWeight)})" : "")}; IDF from {DocumentFrequencies.ModelFileName} and {DocumentFrequencies.NewsModelFileName}");
        var models = CliModels.Store(parseResult);
        var ranker = KeyphraseRankerTrainer.Train(articles, DocumentFrequencies.LoadBackground(models), DocumentFrequencies.LoadNews(models),
            Lexicon.WordClusters.Load(models), l1, l2, parseResult.GetValue(Seed), description,
            new SynchronousProgress(m => stderr.WriteLine(m)));
        var outPath = parseResult.GetRequiredValue(Out);
        using (var stream = File.Create(outPath)) ranker.Save(stream);
        foreach (var (n, w) in ranker.Weights.Where(p => p.Weight != 0).OrderByDescending(p => Math.Abs(p.Weight)).Take(30))
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n,-20} {w,8:0.000}"));
        }
        parseResult.InvocationConfiguration.Output.WriteLine($"{articles.Count} documents -> {outPath}");
        return 0;
    }
}
