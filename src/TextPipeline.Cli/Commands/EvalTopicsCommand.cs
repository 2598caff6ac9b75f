using System.CommandLine;
using TextPipeline.Cli.Usage;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TextPipeline.Topics;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval topics --input &lt;dir&gt; [--labels-from-folders] --topics K --seeds 0,1,2</c>: trains one model
/// per seed and prints NPMI (top 10, document co-occurrence), diversity (top 25) and, with folder labels, purity and
/// NMI of each article's dominant topic, with mean and range over the seeds, as JSON on stdout.
/// </summary>
public static class EvalTopicsCommand
{
    public static readonly Option<string[]> Input = new("--input", "-i")
    {
        Description = "Article files or folders.",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<bool> LabelsFromFolders = new("--labels-from-folders") { Description = "Use each article's first folder as its gold label (purity, NMI)." };

    public static readonly Option<int> Topics = new("--topics", "-k") { Description = "Number of topics.", DefaultValueFactory = _ => 20 };

    public static readonly Option<string> Seeds = new("--seeds") { Description = "Comma-separated seeds.", DefaultValueFactory = _ => "0,1,2" };

    public static readonly Option<int?> Iterations = new("--iterations") { Description = "LDA sampling iterations (default 300 below 20 topics, 100 from 20)." };

    public static readonly Option<double?> MaxDf = new("--max-df")
    {
        Description = "Drop terms in more than this share of the articles (default 2.5/K, from 0.25 to 0.5).",
    };

    public static readonly Option<int> SamplingSteps = new("--sampling-steps") { Description = "Metropolis-Hastings steps per token (experiments only: train topics keeps the default).", DefaultValueFactory = _ => new TopicTrainingOptions().SamplingSteps };

    public static readonly Option<int> Threads = new("--threads") { Description = "Native sampler threads.", DefaultValueFactory = _ => 2 };

    public static readonly Option<string> Terms = new("--terms")
    {
        Description = "Topic terms: 'lemma' (nouns, proper nouns, adjectives by lemma, from the tagger) or 'surface' (letter-only words, plurals folded).",
        DefaultValueFactory = _ => "lemma",
    };

    public static Command Create()
    {
        Terms.AcceptOnlyFromAmong("lemma", "surface");
        Topics.InRange(2, 500);
        Iterations.InRange(10);
        SamplingSteps.InRange(1);
        Threads.InRange(1, 64);
        Seeds.Validators.Add(r => { if (ParseSeeds(r.GetValueOrDefault<string>()) is null) r.AddError("--seeds must be comma-separated integers."); });
        MaxDf.InRange(0, 1);
        var command = new Command("topics", "Evaluate LDA topics: NPMI, diversity, purity and NMI over seeds.")
        {
            Input, LabelsFromFolders, Topics, Seeds, Iterations, MaxDf, SamplingSteps, Threads, Terms,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(CliModels.Guard(parseResult, () => Execute(parseResult, cancellationToken))));
        return command;
    }

    private static int[]? ParseSeeds(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var seeds = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seeds[i])) return null;
        }
        return seeds.Length == 0 ? null : seeds;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var corpus = TrainTopicsCommand.Read(parseResult, parseResult.GetRequiredValue(Input), parseResult.GetValue(Terms), Environment.ProcessorCount, new PhaseTimer(), cancellationToken);
        var labelled = parseResult.GetValue(LabelsFromFolders);
        var k = parseResult.GetValue(Topics);
        stderr.WriteLine($"read {corpus.Documents.Length} articles ({corpus.ExactDuplicatesRemoved} exact duplicates skipped), terms: {corpus.Mode}");
        var terms = corpus.Documents.Select(d => d.Terms).ToList();
        var runs = new List<Dictionary<string, double>>();
        var settings = new TopicTrainingOptions { Topics = k, Threads = parseResult.GetValue(Threads), SamplingSteps = parseResult.GetValue(SamplingSteps) };
        if (parseResult.GetValue(Iterations) is { } iterations) settings = settings with { Iterations = iterations };
        if (parseResult.GetValue(MaxDf) is { } maxDf) settings = settings with { MaxDocumentShare = maxDf };
        foreach (var seed in ParseSeeds(parseResult.GetValue(Seeds))!)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var cpu = ProcessCpu();
            var options = settings with { Seed = seed };
            (TopicModel model, float[][] mixtures) trained;
            try
            {
                trained = TopicTrainer.Fit(corpus.Documents, options, corpus.Mode);
            }
            catch (TopicTrainingException e)
            {
                stderr.WriteLine($"textpipeline: error: {e.Message}");
                return 1;
            }
            var topics = trained.model.Metadata.TopicList;
            var top10 = topics.Select(t => (IReadOnlyList<string>)[.. t.Terms.Take(10).Select(w => w.Key)]).ToList();
            var top25 = topics.Select(t => (IReadOnlyList<string>)[.. t.Terms.Take(25).Select(w => w.Key)]).ToList();
            var run = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["seed"] = seed,
                ["npmi"] = TopicQuality.Npmi(top10, terms),
                ["diversity"] = TopicQuality.Diversity(top25),
            };
            if (labelled)
            {
                var dominant = trained.mixtures.Select(TopicTrainer.Dominant).ToList();
                run["purity"] = TopicQuality.Purity(dominant, corpus.Labels);
                run["nmi"] = TopicQuality.Nmi(dominant, corpus.Labels);
            }
            run["seconds"] = watch.Elapsed.TotalSeconds;
            run["cpuSeconds"] = (ProcessCpu() - cpu).TotalSeconds;
            // Inference speed: the whole corpus through the trained model again (as run --topics-model would).
            var infer = Stopwatch.StartNew();
            trained.model.InferMixtures(terms);
            run["inferArticlesPerSecond"] = terms.Count / Math.Max(1e-9, infer.Elapsed.TotalSeconds);
            runs.Add(run);
            stderr.WriteLine(string.Join("  ", run.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.####}"))));
            foreach (var t in topics)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Id,3} {t.Size,5}  {t.Label}  | {string.Join(' ', t.Terms.Take(10).Select(w => w.Term))}"));
            }
        }
        var metrics = runs[0].Keys.Where(key => key != "seed").ToList();
        var summary = metrics.ToDictionary(m => m, m => new
        {
            mean = Math.Round(runs.Average(r => r[m]), 4),
            min = Math.Round(runs.Min(r => r[m]), 4),
            max = Math.Round(runs.Max(r => r[m]), 4),
            range = Math.Round(runs.Max(r => r[m]) - runs.Min(r => r[m]), 4),
        });
        stdout.WriteLine(JsonSerializer.Serialize(new
        {
            task = "topics",
            articles = corpus.Documents.Length,
            exactDuplicatesRemoved = corpus.ExactDuplicatesRemoved,
            termMode = corpus.Mode.ToString().ToLowerInvariant(),
            topics = k,
            iterations = settings.Iterations,
            threads = parseResult.GetValue(Threads),
            maxDf = settings.MaxDocumentShare,
            samplingSteps = settings.SamplingSteps,
            seeds = runs.Select(r => r.ToDictionary(p => p.Key, p => Math.Round(p.Value, 4))).ToList(),
            summary,
        }, TopicsCliJson.Options));
        return 0;
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
