using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Summarization;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval summaries --articles &lt;dir&gt; --references &lt;dir&gt; [--sentences 3]</c>: ROUGE-1/2/L/Lsum F1
/// (Porter-stemmed) of our summaries and of the Lead-N baseline, computed in the same run on the same sentences.
/// Layout: <c>&lt;dir&gt;/&lt;id&gt;/article.txt</c> and <c>reference.txt</c> (one reference sentence per line), or flat
/// <c>&lt;id&gt;.txt</c> files. The whole file is the article body (no title line).
/// </summary>
public static class EvalSummariesCommand
{
    public static readonly Option<string> Articles = new("--articles") { Description = "Folder of articles (<id>/article.txt or <id>.txt).", Required = true };

    public static readonly Option<string> References = new("--references") { Description = "Folder of references (<id>/reference.txt or <id>.txt), one sentence per line.", Required = true };

    public static readonly Option<int> Sentences = new("--sentences") { Description = "Sentences per summary (and N of Lead-N).", DefaultValueFactory = _ => 3 };

    public static readonly Option<string?> Weights = new("--weights") { Description = "Feature weights, e.g. 'position=2,centrality=1,lambda=0.75' (for tuning)." };

    public static Command Create()
    {
        var command = new Command("summaries", "ROUGE-1/2/L of extractive summaries and of Lead-N against reference summaries.") { Articles, References, Sentences, Weights };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var articlesDir = parseResult.GetRequiredValue(Articles);
        var referencesDir = parseResult.GetRequiredValue(References);
        var n = Math.Max(1, parseResult.GetValue(Sentences));
        var weights = ParseWeights(parseResult.GetValue(Weights));
        var system = new Accumulator();
        var lead = new Accumulator();
        foreach (var (id, articlePath) in FindArticles(articlesDir))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var referencePath = FindReference(referencesDir, id);
            if (referencePath is null) continue;
            var reference = File.ReadAllLines(referencePath).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (reference.Count == 0) continue;
            var article = MakeArticle(id, articlePath);
            var document = TextAnalyzer.Default.Analyze(article.Text, article.Paragraphs.AsSpan(), cancellationToken);
            var (summary, _) = Summarizer.Summarize(document, article, [], new SummaryBudget(n, null), weights);
            system.Add(Rouge.Score(SentencesOf(article.Text, summary), reference));
            lead.Add(Rouge.Score(SentencesOf(article.Text, Summarizer.Lead(document, n)), reference));
        }
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("task", "summaries");
            json.WriteNumber("documents", system.Documents);
            json.WriteNumber("sentences", n);
            system.Write(json, "system");
            lead.Write(json, "lead");
            json.WriteEndObject();
        }
        parseResult.InvocationConfiguration.Output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        return 0;
    }

    private static IEnumerable<(string Id, string Path)> FindArticles(string dir)
    {
        var nested = false;
        foreach (var sub in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(sub, "article.txt");
            if (!File.Exists(path)) continue;
            nested = true;
            yield return (Path.GetFileName(sub), path);
        }
        // Flat <id>.txt files only when there are no article folders (so NOTICE.txt beside them is not an article).
        if (nested) yield break;
        foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileNameWithoutExtension(file), file);
        }
    }

    private static string? FindReference(string dir, string id)
    {
        var nested = Path.Combine(dir, id, "reference.txt");
        if (File.Exists(nested)) return nested;
        var flat = Path.Combine(dir, id + ".txt");
        return File.Exists(flat) ? flat : null;
    }

    private static Article MakeArticle(string id, string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = ArticleText.From(Encoding.UTF8.GetString(bytes).Trim());
        return new Article(id, path, Convert.ToHexStringLower(SHA256.HashData(bytes)), SourceFormat.Text, text,
            new ArticleMetadata(null, null, null, null), EquatableArray<TextSpan>.Empty,
            EquatableArray.Create(new TextSpan(0, text.Length)), EquatableArray<Diagnostics.Diagnostic>.Empty);
    }

    private static List<string> SentencesOf(ArticleText text, Summary summary) =>
        summary.Sentences.Select(text.ToString).ToList();

    internal static SummaryWeights ParseWeights(string? spec)
    {
        var w = SummaryWeights.Default;
        if (string.IsNullOrWhiteSpace(spec)) return w;
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2);
            var v = double.Parse(kv[1], CultureInfo.InvariantCulture);
            w = kv[0] switch
            {
                "centrality" => w with { Centrality = v },
                "position" => w with { Position = v },
                "length" => w with { Length = v },
                "title" => w with { Title = v },
                "entities" => w with { Entities = v },
                "lambda" => w with { Lambda = v },
                _ => throw new ArgumentException($"Unknown weight '{kv[0]}'."),
            };
        }
        return w;
    }

    private sealed class Accumulator
    {
        private double _r1;
        private double _r2;
        private double _rl;
        private double _rlsum;

        public int Documents { get; private set; }

        public void Add(Rouge.Scores s)
        {
            Documents++;
            _r1 += s.Rouge1;
            _r2 += s.Rouge2;
            _rl += s.RougeL;
            _rlsum += s.RougeLsum;
        }

        public void Write(Utf8JsonWriter json, string name)
        {
            var n = Math.Max(1, Documents);
            json.WriteStartObject(name);
            json.WriteNumber("rouge1", Math.Round(_r1 / n, 4));
            json.WriteNumber("rouge2", Math.Round(_r2 / n, 4));
            json.WriteNumber("rougeL", Math.Round(_rl / n, 4));
            json.WriteNumber("rougeLsum", Math.Round(_rlsum / n, 4));
            json.WriteEndObject();
        }
    }
}
