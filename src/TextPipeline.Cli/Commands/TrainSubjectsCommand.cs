using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TextPipeline.Subjects;
using TextPipeline.Subjects.Evaluation;
using TextPipeline.Subjects.Training;
using TextPipeline.Tokenization;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline train subjects --news &lt;desk folders&gt; --iptc &lt;cptall-en-US.json&gt; --out &lt;file&gt;</c>:
/// labels section-labelled news with Media Topics (<see cref="DistantLabeler"/>), trains the subject classifier
/// (<see cref="SubjectTrainer"/>) and saves it. Articles listed in <c>--exclude</c> files, and (with
/// <c>--split even</c>) odd-numbered articles, are kept out of training, as is any training article whose text equals
/// one of them. <c>--dev</c>/<c>--test</c> gold files are scored with the new model (JSON on stdout).
/// </summary>
public static class TrainSubjectsCommand
{
    public static readonly Option<string> News = new("--news") { Description = "Folder of desk folders (business/, entertainment/, politics/, sport/, tech/) of .txt articles.", Required = true };

    public static readonly Option<string?> KpCrowd = new("--kpcrowd") { Description = "500N-KPCrowd docsutf8 folder (category-id.txt) to add." };

    public static readonly Option<string> Iptc = new("--iptc") { Description = "IPTC Media Topics JSON (cptall-en-US.json).", Required = true };

    public static readonly Option<string[]> Exclude = new("--exclude") { Description = "Files whose lines start with article ids to keep out of training (gold sets).", AllowMultipleArgumentsPerToken = true };

    public static readonly Option<string> Split = new("--split") { Description = "'even': train only on even-numbered articles of --news (odd ones stay held out); 'all'.", DefaultValueFactory = _ => "even" };

    public static readonly Option<string[]> Gold = new("--gold") { Description = "Gold subject files (data/gold) to score the new model on.", AllowMultipleArgumentsPerToken = true };

    public static readonly Option<string> Out = new("--out") { Description = "Model file to write.", Required = true };

    public static readonly Option<int> Seed = new("--seed") { DefaultValueFactory = _ => 1 };

    public static readonly Option<float> L1 = new("--l1") { DefaultValueFactory = _ => new SubjectTrainingOptions().L1 };

    public static readonly Option<float> L2 = new("--l2") { DefaultValueFactory = _ => new SubjectTrainingOptions().L2 };

    public static readonly Option<int> SelfTraining = new("--self-training") { Description = "Self-training rounds (broad labels replaced by confident narrower predictions).", DefaultValueFactory = _ => 1 };

    private const double RelabelProbability = 0.35;

    public static Command Create()
    {
        var command = new Command("subjects", "Train the IPTC Media Topic subject classifier.") { News, KpCrowd, Iptc, Exclude, Split, Gold, Out, Seed, L1, L2, SelfTraining };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(CliModels.Guard(parseResult, () => Execute(parseResult, cancellationToken))));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        var topics = MediaTopics.LoadIptcJson(parseResult.GetRequiredValue(Iptc));
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in parseResult.GetValue(Exclude) ?? [])
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                excluded.Add(line.Split('\t')[0].Trim());
            }
        }
        var evenOnly = parseResult.GetValue(Split) == "even";
        var analyzer = TextAnalyzer.Load(CliModels.Store(parseResult));
        var all = LabelledNewsReader.ReadDeskFolders(parseResult.GetRequiredValue(News), _ => true, analyzer, cancellationToken);
        var heldOutTexts = all.Where(a => !IsTraining(a.Id, excluded, evenOnly)).Select(a => a.Document.Text.ToString()).ToHashSet(StringComparer.Ordinal);
        var training = all.Where(a => IsTraining(a.Id, excluded, evenOnly) && !heldOutTexts.Contains(a.Document.Text.ToString())).ToList();
        if (parseResult.GetValue(KpCrowd) is { } kp) training.AddRange(LabelledNewsReader.ReadKpCrowd(kp, analyzer, cancellationToken));

        var labeler = new DistantLabeler(topics, new SubjectKeywords(topics));
        var examples = training.Select(a =>
        {
            var (title, body) = a.Stems();
            return new SubjectTrainingArticle(a.Id, a.Desk, labeler.Label(a.Desk, a.DefaultTopic, title, body), SubjectFeatures.Count(a.Document, a.Title));
        }).ToList();
        var options = new SubjectTrainingOptions { Seed = parseResult.GetValue(Seed), L1 = parseResult.GetValue(L1), L2 = parseResult.GetValue(L2) };
        var description = string.Create(CultureInfo.InvariantCulture,
            $"ML.NET LbfgsMaximumEntropy, L1 {options.L1}, L2 {options.L2}, {options.Iterations} iterations, seed {options.Seed}; {examples.Count} articles ({(evenOnly ? "even-numbered" : "all")} desk-folder articles less {excluded.Count} excluded ids{(parseResult.GetValue(KpCrowd) is null ? "" : ", plus 500N-KPCrowd")}); labels by DistantLabeler");
        var log = new SynchronousProgress(m => stderr.WriteLine(m));
        var model = SubjectTrainer.Train(examples, topics, options, description, log);
        for (var round = 0; round < parseResult.GetValue(SelfTraining); round++)
        {
            examples = SubjectTrainer.Relabel(model, examples, RelabelProbability);
            model = SubjectTrainer.Train(examples, topics, options, description + $"; {round + 1} self-training round(s) at p >= {RelabelProbability}", log);
        }
        var outPath = parseResult.GetRequiredValue(Out);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        using (var stream = File.Create(outPath)) model.Save(stream);
        foreach (var group in examples.SelectMany(e => e.Labels).GroupBy(l => l).OrderByDescending(g => g.Count()).Take(60))
        {
            stderr.WriteLine($"  {group.Count(),5} {group.Key} {topics.Find(group.Key)?.Label}");
        }

        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("model", outPath);
        json.WriteNumber("trainingArticles", examples.Count);
        json.WriteNumber("classes", model.Classes.Count);
        json.WriteNumber("features", model.Features.Count);
        var byId = all.ToDictionary(a => a.Id, StringComparer.Ordinal);
        if (evenOnly)
        {
            // Tuning set for desks: held-out articles numbered 1 mod 4 (those numbered 3 mod 4 are the test set of eval subjects).
            var dev = all.Where(a => !excluded.Contains(a.Id) && Number(a.Id) % 4 == 1).ToList();
            var right = dev.Count(a =>
            {
                var (t, b) = a.Stems();
                var subjects = model.Assign(SubjectFeatures.Count(a.Document, a.Title), model.Keywords.Count(t, b));
                return subjects.Count > 0 && NewsDesks.DeskOf(topics, subjects[0].Code) == a.Desk;
            });
            json.WriteNumber("deskDevArticles", dev.Count);
            json.WriteNumber("deskDevAccuracy", dev.Count == 0 ? 0 : Math.Round((double)right / dev.Count, 4));
        }
        foreach (var goldPath in parseResult.GetValue(Gold) ?? [])
        {
            var scores = new SubjectScores(topics);
            var desks = 0;
            var deskRight = 0;
            foreach (var gold in SubjectGold.Read(goldPath))
            {
                if (!byId.TryGetValue(gold.Id, out var article)) continue;
                var (titleStems, bodyStems) = article.Stems();
                var subjects = model.Assign(SubjectFeatures.Count(article.Document, article.Title), model.Keywords.Count(titleStems, bodyStems));
                scores.Add(gold, [.. subjects.Select(s => s.Code)]);
                desks++;
                if (subjects.Count > 0 && NewsDesks.DeskOf(topics, subjects[0].Code) == article.Desk) deskRight++;
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{gold.Id}\t{string.Join(" ", gold.Required.Select(c => topics.Find(c)?.Label))}\t=> {string.Join(" | ", subjects.Select(s => $"{s.Label} {s.Score:0.00}"))}"));
            }
            json.WriteStartObject(Path.GetFileName(goldPath));
            foreach (var (name, value) in scores.Values()) json.WriteNumber(name, value);
            json.WriteNumber("deskAccuracy", desks == 0 ? 0 : Math.Round((double)deskRight / desks, 4));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.Flush();
        parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return 0;
    }

    private static int Number(string id) =>
        int.TryParse(id.AsSpan(id.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static bool IsTraining(string id, HashSet<string> excluded, bool evenOnly)
    {
        if (excluded.Contains(id)) return false;
        if (!evenOnly) return true;
        var slash = id.LastIndexOf('/');
        return int.TryParse(id.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n % 2 == 0;
    }
}
