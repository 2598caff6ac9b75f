using System.CommandLine;
using System.Text.Json;
using TextPipeline.Subjects;
using TextPipeline.Subjects.Evaluation;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval subjects --run &lt;out&gt; [--gold &lt;file&gt;…] [--desks-from-folders]</c>: scores the
/// subjects a <c>run</c> wrote (its <c>articles.jsonl</c>) against gold subject files (<see cref="SubjectScores"/>)
/// and, with <c>--desks-from-folders</c>, how often the first subject's desk (<see cref="NewsDesks"/>) is the folder
/// the article came from (<c>business/001</c> → business), over the articles the subject model was not trained on
/// and not listed in <c>--exclude</c> files.
/// </summary>
public static class EvalSubjectsCommand
{
    public static readonly Option<string> Run = new("--run") { Description = "Output folder of a run (reads articles.jsonl).", Required = true };

    public static readonly Option<string[]> Gold = new("--gold") { Description = "Gold subject files (data/gold/bbc-subjects-gold.tsv or a tag gold file).", AllowMultipleArgumentsPerToken = true };

    public static readonly Option<bool> DesksFromFolders = new("--desks-from-folders") { Description = "Score desks against the articles' folders (BBC layout)." };

    public static readonly Option<string[]> Exclude = new("--exclude") { Description = "Files whose lines start with article ids to leave out of the desk score (tuning sets).", AllowMultipleArgumentsPerToken = true };

    public static readonly Option<string?> NumbersMod = new("--numbers-mod") { Description = "Score desks only on articles whose number n has n % M == R, given as M:R (e.g. 4:3, the desk test set)." };

    public static Command Create()
    {
        var command = new Command("subjects", "Subject accuracy of a run's output against gold subjects and folder desks.") { Run, Gold, DesksFromFolders, Exclude, NumbersMod };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(CliModels.Guard(parseResult, () => Execute(parseResult))));
        return command;
    }

    private static int Execute(ParseResult parseResult)
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        var model = SubjectModel.Load(CliModels.Store(parseResult));
        var path = Path.Combine(parseResult.GetRequiredValue(Run), "articles.jsonl");
        if (!File.Exists(path))
        {
            stderr.WriteLine($"textpipeline: error: file not found: {path}");
            return 1;
        }
        var predicted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString() ?? "";
            predicted[id] = root.TryGetProperty("subjects", out var subjects)
                ? [.. subjects.EnumerateArray().Select(s => s.GetProperty("id").GetString() ?? "")]
                : [];
            if (root.TryGetProperty("duplicateOf", out var d) && d.ValueKind == JsonValueKind.String) duplicates.Add(id);
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("task", "subjects");
            json.WriteNumber("articles", predicted.Count);
            foreach (var goldPath in parseResult.GetValue(Gold) ?? [])
            {
                var scores = new SubjectScores(model.Topics);
                foreach (var gold in SubjectGold.Read(goldPath))
                {
                    if (predicted.TryGetValue(gold.Id, out var p)) scores.Add(gold, p);
                }
                json.WriteStartObject(Path.GetFileName(goldPath));
                foreach (var (name, value) in scores.Values()) json.WriteNumber(name, value);
                json.WriteEndObject();
            }
            if (parseResult.GetValue(DesksFromFolders)) WriteDesks(json, parseResult, model, predicted, duplicates);
            json.WriteEndObject();
        }
        parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return 0;
    }

    private static void WriteDesks(Utf8JsonWriter json, ParseResult parseResult, SubjectModel model, Dictionary<string, List<string>> predicted, HashSet<string> duplicates)
    {
        var excluded = new HashSet<string>(model.TrainingIds, StringComparer.Ordinal);
        foreach (var file in parseResult.GetValue(Exclude) ?? [])
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length > 0 && line[0] != '#') excluded.Add(line.Split('\t')[0].Trim());
            }
        }
        var (mod, residue) = parseResult.GetValue(NumbersMod) is { } spec && spec.Split(':') is [var m, var r]
            ? (int.Parse(m, System.Globalization.CultureInfo.InvariantCulture), int.Parse(r, System.Globalization.CultureInfo.InvariantCulture))
            : (1, 0);
        var confusion = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int total = 0, right = 0;
        foreach (var (id, subjects) in predicted.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var slash = id.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || excluded.Contains(id) || duplicates.Contains(id)) continue;
            if (!int.TryParse(id.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number % mod != residue) continue;
            var desk = id[..slash];
            if (!NewsDesks.All.Contains(desk)) continue;
            var got = subjects.Count > 0 ? NewsDesks.DeskOf(model.Topics, subjects[0]) ?? "?" : "none";
            total++;
            if (got == desk) right++;
            else confusion[$"{desk}->{got}"] = confusion.GetValueOrDefault($"{desk}->{got}") + 1;
        }
        json.WriteStartObject("desks");
        json.WriteNumber("articles", total);
        json.WriteNumber("accuracy", total == 0 ? 0 : Math.Round((double)right / total, 4));
        json.WriteStartObject("errors");
        foreach (var (k, v) in confusion) json.WriteNumber(k, v);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
