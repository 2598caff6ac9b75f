using System.CommandLine;
using TextPipeline.Keyphrases;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline train keyphrases --data &lt;shared/data&gt; --out models</c>: the background document-frequency
/// table used for IDF when a run has too few articles of its own. Built from openly licensed text only: UD English
/// EWT (train + dev, documents split at <c># newdoc</c>) and Re-DocRED Wikipedia leads (split at <c>-DOCSTART-</c>).
/// </summary>
public static class TrainKeyphrasesCommand
{
    public static readonly Option<string> Data = new("--data") { Description = "The shared data folder (holds ud-ewt/ and ner-extra/).", Required = true };

    public static readonly Option<string> Out = new("--out") { Description = "Output folder (models/).", Required = true };

    public static readonly Option<string[]> News = new("--news")
    {
        Description = "Folders of news articles (*.txt, searched recursively; reference.txt and NOTICE files skipped) for the news document-frequency table.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Command Create()
    {
        var command = new Command("keyphrases", "Build the background document-frequency tables for keyphrase IDF.") { Data, Out, News };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult)));
        return command;
    }

    private static int Execute(ParseResult parseResult)
    {
        var data = parseResult.GetRequiredValue(Data);
        var outDir = parseResult.GetRequiredValue(Out);
        var documents = new List<List<string>>();
        foreach (var name in new[] { "en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu" })
        {
            documents.AddRange(ReadDocuments(Path.Combine(data, "ud-ewt", name), l => l.StartsWith("# newdoc", StringComparison.Ordinal), ConlluForm));
        }
        foreach (var name in new[] { "redocred-dev.iob2", "redocred-test.iob2" })
        {
            documents.AddRange(ReadDocuments(Path.Combine(data, "ner-extra", "re-docred", name), l => l.StartsWith("-DOCSTART-", StringComparison.Ordinal), FirstColumn));
        }
        var frequencies = DocumentFrequencies.Build(documents);
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, DocumentFrequencies.ModelFileName);
        using (var stream = File.Create(path))
        {
            frequencies.Save(stream);
        }
        parseResult.InvocationConfiguration.Error.WriteLine($"{documents.Count} documents, {frequencies.Count} stems -> {path}");
        if (parseResult.GetValue(News) is { Length: > 0 } newsDirs)
        {
            // How common a word is in news (company, deal, claim) is what tells a generic news word from a topic.
            var newsFiles = newsDirs.SelectMany(d => Directory.GetFiles(d, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                .Where(f => !Path.GetFileName(f).Equals("reference.txt", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith("NOTICE", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
                .ToList();
            var news = newsFiles.Select(f => PorterStemmer.Words(File.ReadAllText(f)).ToList()).ToList();
            var newsFrequencies = DocumentFrequencies.Build(news);
            var newsPath = Path.Combine(outDir, DocumentFrequencies.NewsModelFileName);
            using (var stream = File.Create(newsPath))
            {
                newsFrequencies.Save(stream);
            }
            parseResult.InvocationConfiguration.Error.WriteLine($"{news.Count} news documents, {newsFrequencies.Count} stems -> {newsPath}");
            var forms = Tagging.TagNameForms.CountForms(newsFiles.Select(File.ReadAllText));
            var formsPath = Path.Combine(outDir, Tagging.TagNameForms.ModelFileName);
            using (var stream = File.Create(formsPath))
            {
                Tagging.TagNameForms.Save(stream, forms);
            }
            parseResult.InvocationConfiguration.Error.WriteLine($"{forms.Count} word forms -> {formsPath}");
        }
        return 0;
    }

    private static string? ConlluForm(string line)
    {
        if (line.Length == 0 || line[0] == '#') return null;
        var cols = line.Split('\t');
        // Skip multiword-token ranges ("3-4") and empty nodes ("3.1"): their words come on the lines after.
        return cols.Length > 1 && !cols[0].Contains('-') && !cols[0].Contains('.') ? cols[1] : null;
    }

    private static string? FirstColumn(string line)
    {
        if (line.Length == 0) return null;
        var tab = line.IndexOf('\t');
        return tab > 0 ? line[..tab] : line;
    }

    private static IEnumerable<List<string>> ReadDocuments(string path, Func<string, bool> isDocumentStart, Func<string, string?> wordOf)
    {
        var current = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (isDocumentStart(line))
            {
                if (current.Count > 0) yield return current;
                current = [];
                continue;
            }
            if (wordOf(line) is { } word) current.Add(word);
        }
        if (current.Count > 0) yield return current;
    }
}
