using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Tokenization;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval keyphrases --docs &lt;dir&gt; --keys &lt;dir&gt;</c>: precision, recall and F1 at 5 and 10,
/// macro-averaged over documents, by lower-cased Porter-stemmed exact phrase match, duplicates removed on both sides.
/// IDF comes from the evaluated documents themselves, as in a <c>run</c> over the folder.
/// </summary>
public static class EvalKeyphrasesCommand
{
    public static readonly Option<string> Docs = new("--docs") { Description = "Folder of documents (<id>.txt: title line, then body).", Required = true };

    public static readonly Option<string> Keys = new("--keys") { Description = "Folder of gold keyphrases (<id>.key, one per line).", Required = true };

    public static readonly Option<string?> Ids = new("--ids") { Description = "Only the document ids listed in this file (one per line)." };

    public static readonly Option<string?> Weights = new("--weights") { Description = "Feature weights, e.g. 'idf=2,title=1,name=0.5,merge=0' (for tuning)." };

    public static readonly Option<string?> Ranker = new("--ranker") { Description = "A keyphrase ranker file to use instead of the shipped models/keyphrase-ranker.tsv.gz." };

    public static readonly Option<bool> NoRanker = new("--no-ranker") { Description = "Score with the hand-set feature weights (corpus IDF), as before the learned ranker." };

    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Print each document's top 10 (hits marked +) on stderr." };

    public static Command Create()
    {
        var command = new Command("keyphrases", "Keyphrase P/R/F1@5 and @10 against gold keys (stemmed exact match).") { Docs, Keys, Ids, Weights, Ranker, NoRanker, Verbose };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var docsDir = parseResult.GetRequiredValue(Docs);
        var keysDir = parseResult.GetRequiredValue(Keys);
        var weights = ParseWeights(parseResult.GetValue(Weights));
        HashSet<string>? only = parseResult.GetValue(Ids) is { } idsFile
            ? new HashSet<string>(File.ReadLines(idsFile).Select(l => Path.GetFileNameWithoutExtension(l.Trim())).Where(l => l.Length > 0), StringComparer.Ordinal)
            : null;
        var reader = new ArticleReader();
        var files = Directory.GetFiles(docsDir, "*.txt").Order(StringComparer.Ordinal).ToList();
        var docs = new List<(string Id, Article Article, Document Document)>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            foreach (var article in reader.Read(new InputFile(file, name, name, SourceFormat.Text, false), cancellationToken).Articles)
            {
                docs.Add((Path.GetFileNameWithoutExtension(name), article, Analyze(article)));
            }
        }
        KeyphraseRanker? ranker = null;
        if (parseResult.GetValue(Ranker) is { } rankerPath)
        {
            using var file = File.OpenRead(rankerPath);
            var shipped = KeyphraseRanker.LoadShipped(null).Ranker;
            ranker = KeyphraseRanker.Load(file).WithTables(shipped?.Background ?? DocumentFrequencies.Background, shipped?.News ?? DocumentFrequencies.None);
        }
        else if (!parseResult.GetValue(NoRanker))
        {
            ranker = KeyphraseRanker.LoadShipped(null).Ranker;
        }
        // As run does: the learned ranker reads the shipped background table; the hand-set weights the corpus's IDF.
        var frequencies = ranker is not null ? DocumentFrequencies.Background : DocumentFrequencies.Build(docs.Select(d => d.Document));
        var at5 = new Metrics();
        var at10 = new Metrics();
        foreach (var (id, article, document) in docs)
        {
            if (only is not null && !only.Contains(id)) continue;
            var keyFile = Path.Combine(keysDir, id + ".key");
            if (!File.Exists(keyFile)) continue;
            var gold = File.ReadLines(keyFile).Select(PorterStemmer.StemPhrase).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            if (gold.Count == 0) continue;
            var predicted = KeyphraseExtractor.Extract(document, article, [], frequencies, weights, 30, ranker)
                .Select(k => PorterStemmer.StemPhrase(k.Text)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (parseResult.GetValue(Verbose))
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"{id}: {string.Join(" | ", predicted.Take(10).Select(p => gold.Contains(p) ? "+" + p : p))}");
            }
            at5.Add(predicted.Take(5).ToList(), gold);
            at10.Add(predicted.Take(10).ToList(), gold);
        }
        var output = parseResult.InvocationConfiguration.Output;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("task", "keyphrases");
            json.WriteNumber("documents", at10.Documents);
            at5.Write(json, "at5");
            at10.Write(json, "at10");
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return 0;
    }

    // As the tokenization stage does.
    private static Document Analyze(Article article) =>
        TextAnalyzer.Default.Analyze(article.Text, article.Paragraphs.AsSpan(), article.Headings.AsSpan());

    internal static KeyphraseWeights ParseWeights(string? spec)
    {
        var w = KeyphraseWeights.Default;
        if (string.IsNullOrWhiteSpace(spec)) return w;
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2);
            var v = double.Parse(kv[1], CultureInfo.InvariantCulture);
            w = kv[0] switch
            {
                "yake" => w with { Yake = v },
                "idf" => w with { Idf = v },
                "title" => w with { Title = v },
                "heading" => w with { Heading = v },
                "name" => w with { Name = v },
                "length" => w with { Length = v },
                "frequency" => w with { Frequency = v },
                "notnoun" => w with { NotNoun = v },
                "subsume" => w with { SubsumeShare = v },
                "merge" => w with { MergeContained = v != 0 },
                _ => throw new ArgumentException($"Unknown weight '{kv[0]}'."),
            };
        }
        return w;
    }

    private sealed class Metrics
    {
        private double _p;
        private double _r;
        private double _f;

        public int Documents { get; private set; }

        public void Add(List<string> predicted, HashSet<string> gold)
        {
            Documents++;
            var hits = predicted.Count(gold.Contains);
            var p = predicted.Count == 0 ? 0 : (double)hits / predicted.Count;
            var r = (double)hits / gold.Count;
            _p += p;
            _r += r;
            _f += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public void Write(Utf8JsonWriter json, string name)
        {
            var n = Math.Max(1, Documents);
            json.WriteStartObject(name);
            json.WriteNumber("precision", Math.Round(_p / n, 4));
            json.WriteNumber("recall", Math.Round(_r / n, 4));
            json.WriteNumber("f1", Math.Round(_f / n, 4));
            json.WriteEndObject();
        }
    }
}
