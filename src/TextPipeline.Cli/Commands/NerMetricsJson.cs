using System.Globalization;
using System.Text;
using System.Text.Json;
using TextPipeline.Entities.Training;

namespace TextPipeline.Cli.Commands;

/// <summary>NER metrics as one JSON object (fractions 0..1, 4 decimals, invariant culture).</summary>
internal static class NerMetricsJson
{
    public static string Format(NerEvaluation evaluation, string gold, string model, double? tokensPerSecond, string? mode = null, int? documents = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("task", "ner");
            json.WriteString("gold", gold);
            json.WriteString("model", model);
            if (mode is not null) json.WriteString("mode", mode);
            if (documents is { } d) json.WriteNumber("documents", d);
            json.WriteNumber("sentences", evaluation.Sentences);
            json.WriteNumber("tokens", evaluation.Tokens);
            // The tagger is timed in process CPU time; the entity step in wall time of its calls (one thread).
            if (tokensPerSecond is { } tps) json.WriteNumber(mode == "entity-step" ? "tokensPerSecond" : "tokensPerCpuSecond", Math.Round(tps));
            json.WritePropertyName("overall");
            Write(json, evaluation.Overall);
            json.WriteStartObject("types");
            foreach (var score in evaluation.PerType)
            {
                json.WritePropertyName(score.Type);
                Write(json, score);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter json, NerScore score)
    {
        json.WriteStartObject();
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        json.WriteNumber("f1", Math.Round(score.F1, 4));
        json.WriteNumber("gold", score.Gold);
        json.WriteNumber("predicted", score.Predicted);
        json.WriteNumber("correct", score.Correct);
        json.WriteEndObject();
    }

    public static string Percent(double value) => (100 * value).ToString("F2", CultureInfo.InvariantCulture);
}
