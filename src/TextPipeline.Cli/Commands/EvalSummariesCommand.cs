using System.CommandLine;
using System.Text;
using System.Text.Json;
using TextPipeline.Pipeline;
using TextPipeline.Summarization;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval summaries --articles &lt;dir&gt; --references &lt;dir&gt; [--sentences 3]</c>: the summaries <c>run</c>
/// gives (same ingestion, same stages: tokenize, entities, summaries; the stages left out do not feed summaries)
/// scored by <see cref="SummaryEvaluation"/> beside Lead-N. Layout: <c>&lt;dir&gt;/&lt;id&gt;/article.txt</c> and
/// <c>reference.txt</c> (one reference sentence per line), or flat <c>&lt;id&gt;.txt</c> files.
/// </summary>
public static class EvalSummariesCommand
{
    public static readonly Option<string> Articles = new("--articles") { Description = "Folder of articles (<id>/article.txt or <id>.txt).", Required = true };

    public static readonly Option<string> References = new("--references") { Description = "Folder of references (<id>/reference.txt or <id>.txt), one sentence per line.", Required = true };

    public static readonly Option<int> Sentences = new("--sentences") { Description = "Sentences per summary (and N of Lead-N).", DefaultValueFactory = _ => 3 };

    public static Command Create()
    {
        var command = new Command("summaries", "ROUGE-1/2/L of run's summaries and of Lead-N against reference summaries.") { Articles, References, Sentences };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(CliModels.Guard(parseResult, () => Execute(parseResult, cancellationToken))));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var articlesDir = parseResult.GetRequiredValue(Articles);
        var referencesDir = parseResult.GetRequiredValue(References);
        var n = Math.Max(1, parseResult.GetValue(Sentences));
        // The folder is ingested as run ingests it; in the nested layout only <id>/article.txt files are articles.
        var nested = Directory.GetDirectories(articlesDir).Any(d => File.Exists(Path.Combine(d, "article.txt")));
        var analysed = EvalCorpus.Analyze(parseResult, AnalysisPipeline.Default.Only("tokenize", "entities", "summaries"), [articlesDir],
            new PipelineOptions { SummarySentences = n }, a => !nested || a.Path.EndsWith("/article.txt", StringComparison.Ordinal), cancellationToken);
        var byId = new List<ArticleAnalysis>();
        var references = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var article in analysed)
        {
            var id = nested ? article.Id[..article.Id.LastIndexOf('/')] : article.Id;
            var referencePath = FindReference(referencesDir, id);
            if (referencePath is null) continue;
            byId.Add(article with { Article = article.Article with { Id = id } });
            references[id] = [.. File.ReadAllLines(referencePath).Select(l => l.Trim()).Where(l => l.Length > 0)];
        }
        var metrics = SummaryEvaluation.Measure(byId, references, n);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("task", "summaries");
            json.WriteNumber("documents", metrics.Documents);
            json.WriteNumber("sentences", n);
            Write(json, "system", metrics.System);
            Write(json, "lead", metrics.Lead);
            json.WriteEndObject();
        }
        parseResult.InvocationConfiguration.Output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        return 0;
    }

    private static string? FindReference(string dir, string id)
    {
        var nested = Path.Combine(dir, id, "reference.txt");
        if (File.Exists(nested)) return nested;
        var flat = Path.Combine(dir, id + ".txt");
        return File.Exists(flat) ? flat : null;
    }

    private static void Write(Utf8JsonWriter json, string name, RougeMeans m)
    {
        json.WriteStartObject(name);
        json.WriteNumber("rouge1", m.Rouge1);
        json.WriteNumber("rouge2", m.Rouge2);
        json.WriteNumber("rougeL", m.RougeL);
        json.WriteNumber("rougeLsum", m.RougeLsum);
        json.WriteEndObject();
    }
}
