using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using TextPipeline.Linking;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval related --input &lt;dir&gt; --labels-from-folders</c>: runs the default pipeline over a
/// labelled corpus and prints P@1 and P@K of the related links (share of links whose target has the query's label)
/// as JSON. Copies (exact and near duplicates) are never candidates, and only canonical articles are queries.
/// </summary>
public static class EvalRelatedCommand
{
    public static readonly Option<string> Input = new("--input") { Description = "Folder of articles, one sub-folder per label.", Required = true };

    public static readonly Option<bool> LabelsFromFolders = new("--labels-from-folders") { Description = "Label = first folder of the article id (required for now)." };

    public static readonly Option<int> Related = new("--related") { Description = "Links per article (K of P@K).", DefaultValueFactory = _ => 5 };

    public static readonly Option<int> Jobs = new("--jobs", "-j") { Description = "Parallel workers.", DefaultValueFactory = _ => Environment.ProcessorCount };

    public static Command Create()
    {
        var command = new Command("related", "Precision of related links against folder labels (P@1, P@K).") { Input, LabelsFromFolders, Related, Jobs };
        command.SetAction(parseResult => CliModels.Guard(parseResult, () =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            if (!parseResult.GetValue(LabelsFromFolders))
            {
                stderr.WriteLine("textpipeline: error: eval related needs --labels-from-folders (no other label source exists yet).");
                return 1;
            }
            var k = parseResult.GetValue(Related);
            var options = new PipelineOptions { Related = k, Jobs = parseResult.GetValue(Jobs), ModelsDirectory = parseResult.GetValue(CliModels.Models) };
            var watch = Stopwatch.StartNew();
            var outcome = new PipelineRunner(AnalysisPipeline.Default.Prepare(options)).Analyze([parseResult.GetRequiredValue(Input)]);
            var seconds = watch.Elapsed.TotalSeconds;
            var metrics = RelatedLinksEvaluation.Measure(outcome.Corpus.Articles, k);
            WriteJson(parseResult, metrics, k, seconds, outcome.Statistics.StageSeconds.FirstOrDefault(s => s.Key == "related").Value);
            return 0;
        }));
        return command;
    }

    private static void WriteJson(ParseResult parseResult, RelatedLinksMetrics m, int k, double totalSeconds, double relatedSeconds)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("task", "related");
            json.WriteNumber("articles", m.Articles);
            json.WriteNumber("queries", m.Queries);
            json.WriteNumber("copies_excluded", m.Copies);
            json.WriteNumber("p_at_1", Math.Round(m.PrecisionAt1, 4));
            json.WriteNumber($"p_at_{k}", Math.Round(m.PrecisionAtK, 4));
            json.WriteNumber("seconds_total", Math.Round(totalSeconds, 2));
            json.WriteNumber("seconds_related_stage", Math.Round(relatedSeconds, 2));
            json.WriteEndObject();
        }
        parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
