using System.CommandLine;
using TextPipeline.Cli.Usage;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TextPipeline.Topics;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline train topics &lt;input&gt;... --topics &lt;K|auto&gt; --out &lt;model&gt; [--seed n] [--previous &lt;model&gt;]</c>:
/// trains an LDA topic model, writes the model file and its metadata JSON beside it; prints scores as JSON on stdout.
/// </summary>
public static class TrainTopicsCommand
{
    public static readonly Argument<string[]> Inputs = new("input")
    {
        Description = "Article files or folders to train on (byte-identical copies are used once).",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<string> Topics = new("--topics", "-k")
    {
        Description = "Number of topics, or 'auto' to pick K by held-out coherence.",
        DefaultValueFactory = _ => "auto",
    };

    public static readonly Option<string> Out = new("--out", "-o") { Description = "Model file to write (e.g. models/topics.zip).", Required = true };

    public static readonly Option<int> Seed = new("--seed") { Description = "Seed (sets the document order the sampler sees).", DefaultValueFactory = _ => 0 };

    public static readonly Option<string?> Previous = new("--previous") { Description = "Earlier model whose topic ids matching topics keep." };

    public static readonly Option<int?> Iterations = new("--iterations") { Description = "LDA sampling iterations (default 300 below 20 topics, 100 from 20)." };

    public static readonly Option<double?> MaxDf = new("--max-df")
    {
        Description = "Drop terms in more than this share of the articles (default 2.5/K, from 0.25 to 0.5).",
    };

    public static readonly Option<int> Threads = new("--threads") { Description = "Native sampler threads (recorded in the model; 1 and 2 give different models).", DefaultValueFactory = _ => 2 };

    public static readonly Option<int> Jobs = new("--jobs", "-j") { Description = "Parallel readers.", DefaultValueFactory = _ => Environment.ProcessorCount };

    public static readonly Option<string> Terms = new("--terms")
    {
        Description = "Topic terms: 'lemma' (nouns, proper nouns, adjectives by lemma, from the tagger) or 'surface' (letter-only words, plurals folded).",
        DefaultValueFactory = _ => "lemma",
    };

    public static readonly Option<string?> Iptc = new("--iptc")
    {
        Description = "IPTC Media Topics file (cptall-en-US.json) to name each topic's nearest Media Topic.",
    };

    public static Command Create()
    {
        Terms.AcceptOnlyFromAmong("lemma", "surface");
        Topics.Validators.Add(r =>
        {
            if (TopicCountOption.Parse(r.GetValueOrDefault<string>()) is null) r.AddError("--topics must be 'auto' or a number from 2 to 500.");
        });
        // Numbers are parsed and range-checked in one step: a validator reading a value that did not parse throws.
        Iterations.InRange(10);
        MaxDf.InRange(0, 1);
        Threads.InRange(1, 64);
        Seed.InRange(int.MinValue);
        Jobs.InRange(1, 1024);
        var command = new Command("topics", "Train an LDA topic model (ML.NET LightLDA) on articles.")
        {
            Inputs, Topics, Out, Seed, Previous, Iterations, MaxDf, Threads, Jobs, Terms, Iptc,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(CliModels.Guard(parseResult, () => Execute(parseResult, cancellationToken))));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var watch = Stopwatch.StartNew();
        var timer = new PhaseTimer();
        timer.RecordStartup();
        var outPath = parseResult.GetRequiredValue(Out);
        TopicModelMetadata? previous = null;
        if (parseResult.GetValue(Previous) is { } previousPath)
        {
            try
            {
                previous = TopicModel.Load(previousPath).Metadata;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException or InvalidOperationException)
            {
                stderr.WriteLine($"textpipeline: error: cannot read the previous model '{previousPath}': {e.Message}");
                return 1;
            }
        }
        var corpus = Read(parseResult, parseResult.GetRequiredValue(Inputs), parseResult.GetValue(Terms), parseResult.GetValue(Jobs), timer, cancellationToken);
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {corpus.Documents.Length} articles ({corpus.ExactDuplicatesRemoved} exact duplicates skipped), terms: {corpus.Mode}, {watch.Elapsed.TotalSeconds:0.0} s"));
        var options = new TopicTrainingOptions
        {
            Seed = parseResult.GetValue(Seed),
            Threads = parseResult.GetValue(Threads),
        };
        if (parseResult.GetValue(Iterations) is { } iterations) options = options with { Iterations = iterations };
        if (parseResult.GetValue(MaxDf) is { } maxDf) options = options with { MaxDocumentShare = maxDf };
        var requested = TopicCountOption.Parse(parseResult.GetValue(Topics));
        var log = new SynchronousProgress(stderr.WriteLine);
        TopicModel model;
        try
        {
            // The same trainer run uses when it trains on its input, so both choose the same K and the same model.
            model = TopicModelBuilder.Train(corpus, requested == 0 ? null : requested, options, previous, log, timer).Model;
        }
        catch (TopicTrainingException e)
        {
            stderr.WriteLine($"textpipeline: error: cannot train {requested} topics on {corpus.Documents.Length} articles: {e.Message}");
            return 1;
        }
        var k = model.Metadata.Topics;
        var curve = model.Metadata.Scores.Curve;
        if (parseResult.GetValue(Iptc) is { } iptcPath)
        {
            try
            {
                var annotated = model;
                model = timer.Measure("iptc", () => IptcMediaTopics.Load(iptcPath).Annotate(annotated));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                stderr.WriteLine($"textpipeline: error: cannot read the IPTC Media Topics file '{iptcPath}': {e.Message}");
                return 1;
            }
        }
        timer.Measure("save", () => model.Save(outPath));
        stderr.WriteLine($"phases (wall/CPU s): {timer.Summary()}");
        foreach (var topic in model.Metadata.TopicList)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{topic.Id,4} {topic.Size,5}  {topic.Label}  | {string.Join(' ', topic.Terms.Take(10).Select(t => t.Term))}{(topic.Iptc is { } m ? $"  [IPTC: {m.Label}]" : "")}"));
        }
        var seconds = watch.Elapsed.TotalSeconds;
        stdout.WriteLine(JsonSerializer.Serialize(new
        {
            model = outPath,
            topics = k,
            articles = corpus.Documents.Length,
            exactDuplicatesRemoved = corpus.ExactDuplicatesRemoved,
            termMode = corpus.Mode.ToString().ToLowerInvariant(),
            seed = options.Seed,
            threads = options.Threads,
            iterations = (options with { Topics = k }).Iterations,
            maxDf = (options with { Topics = k }).MaxDocumentShare,
            npmi = model.Metadata.Scores.Npmi,
            diversity = model.Metadata.Scores.Diversity,
            curve,
            seconds = Math.Round(seconds, 2),
        }, TopicsCliJson.Options));
        return 0;
    }

    /// <summary>
    /// Ingests and tokenizes the inputs with the run pipeline's own stages and builds the training corpus from them,
    /// so <c>train topics</c> and <c>run</c> see the same terms for the same article.
    /// </summary>
    internal static TopicCorpus Read(ParseResult parseResult, IEnumerable<string> inputs, string? terms, int jobs, PhaseTimer timer, CancellationToken cancellationToken)
    {
        var options = new Pipeline.PipelineOptions { Jobs = jobs, ModelsDirectory = parseResult.GetValue(CliModels.Models) };
        var log = new SynchronousProgress(parseResult.InvocationConfiguration.Error.WriteLine);
        return timer.Measure("analyze", () => TopicCorpus.Read(inputs, options, terms == "surface" ? TermMode.Surface : null, null, log, cancellationToken));
    }
}
