using System.CommandLine;
using System.Text.Json;
using TextPipeline.Tagging.Evaluation;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval tags --run &lt;out&gt; [--gold &lt;file&gt;] [--k 10]</c>: corpus statistics of a run's tags
/// (<see cref="TagStatistics"/>) and, with editor gold, precision and recall at k with canonical matching
/// (<see cref="TagPrecisionRecall"/>). Reads the run's <c>articles.jsonl</c>.
/// </summary>
public static class EvalTagsCommand
{
    public static readonly Option<string> Run = new("--run") { Description = "Output folder of a run (reads articles.jsonl).", Required = true };

    public static readonly Option<string?> Gold = new("--gold") { Description = "Editor tag gold (article_id TAB core|ok TAB name | alias …)." };

    public static readonly Option<int> K = new("--k") { Description = "Cut-off for precision and recall.", DefaultValueFactory = _ => 10 };

    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Print each gold article's tags (matches marked +) and missed core tags on stderr." };

    public static Command Create()
    {
        var command = new Command("tags", "Tag statistics of a run and precision/recall@k against editor gold.") { Run, Gold, K, Verbose };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult)));
        return command;
    }

    private static int Execute(ParseResult parseResult)
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        var path = Path.Combine(parseResult.GetRequiredValue(Run), "articles.jsonl");
        if (!File.Exists(path))
        {
            stderr.WriteLine($"textpipeline: error: file not found: {path}");
            return 1;
        }
        var tags = new Dictionary<string, IReadOnlyList<WrittenTag>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            tags[root.GetProperty("id").GetString() ?? ""] = [.. root.GetProperty("tags").EnumerateArray().Select(t => new WrittenTag(
                t.GetProperty("name").GetString() ?? "",
                t.GetProperty("kind").GetString() ?? "",
                t.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null))];
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("task", "tags");
            foreach (var (name, value) in TagStatistics.Compute(tags)) WriteValue(json, name, value);
            if (parseResult.GetValue(Gold) is { } goldPath)
            {
                var k = parseResult.GetValue(K);
                var scores = new TagPrecisionRecall(k);
                foreach (var (id, lines) in TagGold.Read(goldPath).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!tags.TryGetValue(id, out var predicted)) continue;
                    var hits = scores.Add(predicted, lines);
                    if (!parseResult.GetValue(Verbose)) continue;
                    var shown = predicted.Take(k).Select((t, i) => (hits[i] ? "+" : "-") + t.Name + (t.Kind == "keyphrase" ? "" : $" [{t.Kind[0]}]"));
                    var missed = lines.Where(g => g.Core && !predicted.Take(k).Any(t => g.Matches(t.Name, t.Id))).Select(g => g.Names[0]);
                    stderr.WriteLine($"{id}: {string.Join(" | ", shown)}  MISSED: {string.Join(", ", missed)}");
                }
                json.WriteStartObject("gold");
                json.WriteNumber("articles", scores.Articles);
                json.WriteNumber("k", k);
                json.WriteNumber("precision", scores.Precision);
                json.WriteNumber("recall", scores.Recall);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return 0;
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object value)
    {
        json.WritePropertyName(name);
        JsonSerializer.Serialize(json, value, value.GetType());
    }
}
