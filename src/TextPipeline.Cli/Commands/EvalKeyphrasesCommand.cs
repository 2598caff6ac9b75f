using System.CommandLine;
using System.Text.Json;
using TextPipeline.Keyphrases;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval keyphrases --docs &lt;dir&gt; --keys &lt;dir&gt;</c>: the keyphrases <c>run</c> gives for each
/// document (same ingestion, same stages: tokenize, entities, keyphrases with IDF from the evaluated folder) scored by
/// <see cref="KeyphraseEvaluation"/> at 5 and 10.
/// </summary>
public static class EvalKeyphrasesCommand
{
    public static readonly Option<string> Docs = new("--docs") { Description = "Folder of documents (<id>.txt: title line, then body).", Required = true };

    public static readonly Option<string> Keys = new("--keys") { Description = "Folder of gold keyphrases (<id>.key, one per line).", Required = true };

    public static readonly Option<string?> Ids = new("--ids") { Description = "Only score the document ids listed in this file (one per line); IDF still comes from the whole folder, as in run." };



    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Print each document's top 10 (hits marked +) on stderr." };

    public static Command Create()
    {
        var command = new Command("keyphrases", "Keyphrase P/R/F1@5 and @10 against gold keys (stemmed exact match), through the run pipeline.") { Docs, Keys, Ids, Verbose };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(CliModels.Guard(parseResult, () => Execute(parseResult, cancellationToken))));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var keysDir = parseResult.GetRequiredValue(Keys);
        HashSet<string>? only = parseResult.GetValue(Ids) is { } idsFile
            ? new HashSet<string>(File.ReadLines(idsFile).Select(l => Path.GetFileNameWithoutExtension(l.Trim())).Where(l => l.Length > 0), StringComparer.Ordinal)
            : null;
        var articles = EvalCorpus.Analyze(parseResult, AnalysisPipeline.Default.Through("keyphrases"), [parseResult.GetRequiredValue(Docs)], cancellationToken: cancellationToken);
        var gold = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var keyFile = Path.Combine(keysDir, article.Id + ".key");
            if ((only is null || only.Contains(article.Id)) && File.Exists(keyFile)) gold[article.Id] = File.ReadAllLines(keyFile);
        }
        var stderr = parseResult.InvocationConfiguration.Error;
        var metrics = KeyphraseEvaluation.Measure(articles, gold,
            parseResult.GetValue(Verbose) ? (id, top) => stderr.WriteLine($"{id}: {string.Join(" | ", top)}") : null);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("task", "keyphrases");
            json.WriteNumber("documents", metrics.Documents);
            Write(json, "at5", metrics.At5);
            Write(json, "at10", metrics.At10);
            json.WriteEndObject();
        }
        parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return 0;
    }

    private static void Write(Utf8JsonWriter json, string name, PrecisionRecall m)
    {
        json.WriteStartObject(name);
        json.WriteNumber("precision", m.Precision);
        json.WriteNumber("recall", m.Recall);
        json.WriteNumber("f1", m.F1);
        json.WriteEndObject();
    }
}
