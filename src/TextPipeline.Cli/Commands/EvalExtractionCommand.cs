using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TextPipeline.Ingestion.Html;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval extraction --html &lt;dir&gt; --gold &lt;ground-truth.json&gt;</c>: HTML main-text quality with the
/// article-extraction benchmark's metric. Metrics JSON on stdout; per-page scores on stderr with <c>--verbose</c>.
/// </summary>
public static class EvalExtractionCommand
{
    public static readonly Option<DirectoryInfo> Html = new("--html")
    {
        Description = "Folder of pages named <id>.html.gz (or <id>.html).",
        Required = true,
    };

    public static readonly Option<FileInfo> Gold = new("--gold")
    {
        Description = "Benchmark ground truth: JSON object id -> { \"articleBody\": … }.",
        Required = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print per-page precision, recall and F1 on stderr (worst first).",
    };

    public static readonly Option<FileInfo?> Predictions = new("--predictions")
    {
        Description = "Also write the extracted bodies in the benchmark's output format (for its evaluate.py).",
    };

    public static Command Create()
    {
        Html.AcceptExistingOnly();
        Gold.AcceptExistingOnly();
        var command = new Command("extraction", "HTML main-content extraction: shingle precision/recall/F1 against a gold article body per page.")
        {
            Html, Gold, Verbose, Predictions,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var pages = ExtractionEvaluator.Load(parseResult.GetRequiredValue(Html).FullName, parseResult.GetRequiredValue(Gold).FullName);
            var report = ExtractionEvaluator.Score(pages, HtmlExtractionSettings.Default, cancellationToken);
            var crossValidation = ExtractionTuner.Run(pages, cancellationToken);
            var ablations = ExtractionTuner.Ablate(pages, cancellationToken);
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(Verbose))
            {
                error.WriteLine("id\tprecision\trecall\tf1");
                foreach (var page in report.Pages.OrderBy(p => p.F1).ThenBy(p => p.Id, StringComparer.Ordinal))
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{page.Id}\t{page.Counts.Precision:0.000}\t{page.Counts.Recall:0.000}\t{page.F1:0.000}{(page.Found ? "" : "\t(page missing)")}"));
                }
            }
            if (parseResult.GetValue(Predictions) is { } predictions) WritePredictions(predictions.FullName, report);
            parseResult.InvocationConfiguration.Output.WriteLine(ToJson(report, crossValidation, ablations));
            return Task.FromResult(0);
        });
        return command;
    }

    private static string ToJson(ExtractionReport report, CrossValidation crossValidation, ImmutableArray<Ablation> ablations)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("precision", Math.Round(report.Precision, 4));
            json.WriteNumber("recall", Math.Round(report.Recall, 4));
            json.WriteNumber("f1", Math.Round(report.F1, 4));
            json.WriteNumber("pages", report.Pages.Length);
            json.WriteNumber("missing", report.Pages.Count(p => !p.Found));
            // Two fixed halves (pages by id, alternating), each scored with the shipped settings.
            json.WriteStartObject("halves");
            foreach (var (name, half) in new[] { ("a", 0), ("b", 1) })
            {
                var pages = report.Pages.OrderBy(p => p.Id, StringComparer.Ordinal).Where((_, i) => i % 2 == half).ToImmutableArray();
                json.WriteNumber(name, Math.Round(ExtractionEvaluator.Summarize(pages).F1, 4));
            }
            json.WriteEndObject();
            // Settings fitted on one half, scored on the other, both ways (ExtractionTuner): the held-out figure.
            json.WriteStartObject("crossValidated");
            json.WriteString("start", "readability constants, own rules off (settings below: differences from the shipped ones)");
            json.WriteNumber("f1", Math.Round(crossValidation.F1, 4));
            json.WriteNumber("shippedF1", Math.Round(crossValidation.ShippedF1, 4));
            json.WriteStartArray("folds");
            foreach (var fold in crossValidation.Folds)
            {
                json.WriteStartObject();
                json.WriteString("fit", fold.FitHalf);
                json.WriteString("test", fold.TestHalf);
                json.WriteString("settings", fold.Chosen.Describe());
                json.WriteNumber("fitF1", Math.Round(fold.FitF1, 4));
                json.WriteNumber("testF1", Math.Round(fold.TestF1, 4));
                json.WriteNumber("testF1Shipped", Math.Round(fold.TestF1Shipped, 4));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            // Each rule off on its own: a rule worth keeping helps on both halves, not on one.
            json.WriteStartArray("ruleOff");
            foreach (var ablation in ablations)
            {
                json.WriteStartObject();
                json.WriteString("rule", ablation.Rule);
                json.WriteNumber("a", Math.Round(ablation.A, 4));
                json.WriteNumber("b", Math.Round(ablation.B, 4));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePredictions(string path, ExtractionReport report)
    {
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        foreach (var page in report.Pages)
        {
            json.WriteStartObject(page.Id);
            json.WriteString("articleBody", page.Predicted);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
