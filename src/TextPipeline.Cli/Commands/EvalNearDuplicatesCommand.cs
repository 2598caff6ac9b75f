using System.CommandLine;
using System.Text.Json;
using TextPipeline.Linking;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval near-duplicates --input &lt;dir&gt;</c>: copies articles with a sentence or two edited,
/// runs the duplicate finder over corpus + copies and prints precision and recall as JSON.
/// </summary>
public static class EvalNearDuplicatesCommand
{
    public static readonly Option<string> Input = new("--input") { Description = "Folder of articles.", Required = true };

    public static readonly Option<int> Copies = new("--copies") { Description = "Edited copies to add.", DefaultValueFactory = _ => 300 };

    public static readonly Option<int> Edits = new("--edits") { Description = "Sentences replaced or deleted per copy.", DefaultValueFactory = _ => 2 };

    public static readonly Option<int> Seed = new("--seed") { Description = "Seed of the copy editor.", DefaultValueFactory = _ => 1 };

    public static readonly Option<int> Jobs = new("--jobs", "-j") { Description = "Parallel workers.", DefaultValueFactory = _ => Environment.ProcessorCount };

    public static Command Create()
    {
        var command = new Command("near-duplicates", "Precision and recall of near-duplicate detection on edited copies of a corpus.") { Input, Copies, Edits, Seed, Jobs };
        command.SetAction(parseResult => CliModels.Guard(parseResult, () =>
        {
            var jobs = parseResult.GetValue(Jobs);
            // Duplicates are found on ingested text: no analysis stage is needed before the related-links stage.
            var articles = EvalCorpus.Analyze(parseResult, new AnalysisPipelineBuilder().Build(), [parseResult.GetRequiredValue(Input)], new PipelineOptions { Jobs = jobs });
            var m = NearDuplicateEvaluation.Measure(articles, parseResult.GetValue(Copies), parseResult.GetValue(Edits), parseResult.GetValue(Seed), jobs);
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("task", "near-duplicates");
                json.WriteNumber("articles", m.Articles);
                json.WriteNumber("copies", m.Copies);
                json.WriteNumber("edits_per_copy", m.EditsPerCopy);
                json.WriteNumber("copies_found", m.CopiesFound);
                json.WriteNumber("recall_copies", Math.Round(m.RecallOfCopies, 4));
                json.WriteNumber("byte_identical_pairs", m.ByteIdenticalPairs);
                json.WriteNumber("byte_identical_pairs_found", m.ByteIdenticalPairsFound);
                json.WriteNumber("exact_pairs", m.ExactPairs);
                json.WriteNumber("exact_pairs_found", m.ExactPairsFound);
                json.WriteNumber("natural_near_copies", m.NaturalPairs);
                json.WriteNumber("found_pairs", m.FoundPairs);
                json.WriteNumber("wrong_pairs", m.WrongPairs);
                json.WriteNumber("precision", Math.Round(m.Precision, 4));
                json.WriteNumber("found_pairs_with_copies", m.FoundPairsWithCopies);
                json.WriteNumber("precision_copies", Math.Round(m.PrecisionOfCopies, 4));
                json.WriteEndObject();
            }
            parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return 0;
        }));
        return command;
    }
}
