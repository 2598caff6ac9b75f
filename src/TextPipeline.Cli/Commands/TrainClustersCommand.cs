using System.CommandLine;
using TextPipeline.Cli.Usage;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TextPipeline.Lexicon;
using TextPipeline.Lexicon.Training;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline train clusters --input &lt;path&gt;... [--conll &lt;file-or-dir&gt;...] --clusters 1000 --min-count 3
/// --out models/word-clusters-en.tsv.gz</c>: hierarchical word clusters from unlabelled text; JSON summary on stdout.
/// </summary>
public static class TrainClustersCommand
{
    public static readonly Option<string[]> Inputs = new("--input")
    {
        Description = "Raw text files or folders (their .txt files), tokenized with our tokenizer.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string[]> Conll = new("--conll")
    {
        Description = "CoNLL-style files or folders: the first column (FORM for .conllu) is the token.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<int> Clusters = new("--clusters", "-c") { Description = "Leaf clusters C.", DefaultValueFactory = _ => 1000 };

    public static readonly Option<int> MinCount = new("--min-count") { Description = "Skip words seen fewer times.", DefaultValueFactory = _ => 3 };

    public static readonly Option<int> MaxVocabulary = new("--max-vocabulary") { Description = "Cluster at most this many most frequent words.", DefaultValueFactory = _ => 50_000 };

    public static readonly Option<int> Iterations = new("--iterations") { Description = "Exchange passes at most.", DefaultValueFactory = _ => 15 };

    public static readonly Option<string> Out = new("--out", "-o") { Description = "Clusters file to write (.tsv.gz).", Required = true };

    public static Command Create()
    {
        Clusters.InRange(2, 4000);
        MinCount.InRange(1);
        MaxVocabulary.InRange(1);
        Iterations.InRange(1);
        var command = new Command("clusters", "Learn Brown-style hierarchical word clusters (exchange + agglomerative tree) from unlabelled text.")
        {
            Inputs, Conll, Clusters, MinCount, MaxVocabulary, Iterations, Out,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(CliModels.Guard(parseResult, () => Execute(parseResult))));
        return command;
    }

    private static int Execute(ParseResult parseResult)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var log = new SynchronousProgress(stderr.WriteLine);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var inputs = parseResult.GetValue(Inputs) ?? [];
        var conll = parseResult.GetValue(Conll) ?? [];
        if (inputs.Length + conll.Length == 0)
        {
            stderr.WriteLine("textpipeline: error: give --input and/or --conll.");
            return 1;
        }
        IReadOnlyList<string> textFiles, conllFiles;
        try
        {
            textFiles = ClusterTextSources.ExpandFiles(inputs, ClusterTextSources.IsTextFile);
            conllFiles = ClusterTextSources.ExpandFiles(conll, ClusterTextSources.IsConllFile);
        }
        catch (FileNotFoundException e)
        {
            stderr.WriteLine($"textpipeline: error: {e.Message}");
            return 1;
        }

        var builder = new ClusterCorpusBuilder();
        var analyzer = textFiles.Count == 0 ? null : Tokenization.TextAnalyzer.Load(CliModels.Store(parseResult));
        for (var i = 0; i < textFiles.Count; i++)
        {
            foreach (var sentence in ClusterTextSources.TextSentences(textFiles[i], analyzer!)) builder.AddSentence(sentence);
            if ((i + 1) % 500 == 0) log.Report($"clusters: tokenized {i + 1:N0}/{textFiles.Count:N0} text files ({builder.Tokens:N0} tokens)");
        }
        foreach (var file in conllFiles)
        {
            foreach (var sentence in ClusterTextSources.ConllSentences(file)) builder.AddSentence(sentence);
        }
        log.Report($"clusters: read {textFiles.Count:N0} text files and {conllFiles.Count:N0} CoNLL files: {builder.Sentences:N0} sentences, {builder.Tokens:N0} tokens");

        var options = new BrownClusterOptions
        {
            Clusters = parseResult.GetValue(Clusters),
            MinCount = parseResult.GetValue(MinCount),
            MaxVocabulary = parseResult.GetValue(MaxVocabulary),
            MaxIterations = parseResult.GetValue(Iterations),
        };
        var corpus = builder.Build(options.MinCount, options.MaxVocabulary);
        var result = BrownClusterTrainer.Train(corpus, options, log);

        var outPath = parseResult.GetRequiredValue(Out);
        var header = new List<string>
        {
            "TextPipeline word clusters (textpipeline train clusters); layout: bits TAB word TAB count (Liang's paths).",
            "Algorithm: exchange clustering into C classes under Brown's class-bigram (average mutual information) objective,",
            "then Brown's agglomerative merging of the C classes into a binary tree (first-merged side = 0).",
            "Word forms are case-sensitive; every ASCII digit is written as 0 (2005 -> 0000).",
            FormattableString.Invariant($"Options: clusters={options.Clusters} min-count={options.MinCount} max-vocabulary={options.MaxVocabulary} iterations={result.Iterations}"),
            FormattableString.Invariant($"Data: {result.Tokens} tokens, {result.Bigrams} bigrams, {result.Entries.Count} words, {result.Clusters} clusters, AMI {result.AverageMutualInformation:F4} nats"),
        };
        header.AddRange(inputs.Select(p => "Source (raw text, our tokenizer): " + SourceName(p)));
        header.AddRange(conll.Select(p => "Source (CoNLL token column): " + SourceName(p)));
        var sorted = result.Entries
            .OrderBy(e => e.Path.ToString(), StringComparer.Ordinal)
            .ThenByDescending(e => e.Count)
            .ThenBy(e => e.Word, StringComparer.Ordinal)
            .ToList();
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null) Directory.CreateDirectory(directory);
        using (var stream = File.Create(outPath)) WordClusters.Write(stream, sorted, header);

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        log.Report($"clusters: wrote {sorted.Count:N0} words to {outPath} ({new FileInfo(outPath).Length:N0} bytes)");
        stdout.WriteLine(JsonSerializer.Serialize(new
        {
            tokens = result.Tokens,
            bigrams = result.Bigrams,
            vocabulary = result.Entries.Count,
            clusters = result.Clusters,
            iterations = result.Iterations,
            maxDepth = result.MaxDepth,
            averageMutualInformation = Math.Round(result.AverageMutualInformation, 4),
            seconds = Math.Round(watch.Elapsed.TotalSeconds, 1),
            cpuSeconds = Math.Round(cpuSeconds, 1),
        }));
        return 0;
    }

    /// <summary>A source as written in the header: the path relative to the shared data folder when inside it.</summary>
    private static string SourceName(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        var at = full.IndexOf("/shared/data/", StringComparison.Ordinal);
        return at >= 0 ? full[(at + 1)..] : Path.GetFileName(full.TrimEnd('/'));
    }
}
