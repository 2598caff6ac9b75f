using System.Text.Encodings.Web;
using System.Text.Json;
using TextPipeline.Pipeline;

namespace TextPipeline.Output;

/// <summary>
/// Writes every output file of the contract into a folder, atomically as a set (<see cref="OutputFolder"/>): the
/// files of a run become visible together, so a crash, kill or Ctrl+C leaves the previous complete outputs (or none).
/// </summary>
public static class OutputWriter
{
    public static readonly string[] FileNames =
    [
        "articles.jsonl", "articles.csv", "entities.csv", "keyphrases.csv", "tags.csv", "topics.csv", "related.csv",
        "diagnostics.csv", "run.json",
    ];

    public static void Write(string directory, RunOutcome outcome, PipelineOptions options, CancellationToken cancellationToken = default) =>
        Write(directory, outcome, options, OutputFileSystem.Instance, cancellationToken);

    internal static void Write(string directory, RunOutcome outcome, PipelineOptions options, IOutputFileSystem fileSystem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var corpus = outcome.Corpus;
        var articles = corpus.Articles;
        using var files = new OutputSet(directory, fileSystem);
        Write(files, "articles.jsonl", s => ArticleJsonWriter.Write(s, articles));
        Write(files, "articles.csv", s => CsvOutputs.WriteArticles(s, articles));
        Write(files, "entities.csv", s => CsvOutputs.WriteEntities(s, articles));
        Write(files, "keyphrases.csv", s => CsvOutputs.WriteKeyphrases(s, articles));
        Write(files, "tags.csv", s => CsvOutputs.WriteTags(s, articles));
        Write(files, "topics.csv", s => CsvOutputs.WriteTopics(s, corpus));
        Write(files, "related.csv", s => CsvOutputs.WriteRelated(s, articles));
        Write(files, "diagnostics.csv", s => CsvOutputs.WriteDiagnostics(s, outcome.AllDiagnostics));
        Write(files, "run.json", s => WriteRunJson(s, outcome, options));
        cancellationToken.ThrowIfCancellationRequested();
        files.Commit();
    }

    private static void Write(OutputSet files, string name, Action<Stream> write)
    {
        using var stream = files.Create(name);
        write(stream);
        // On disk before the switch: after a power cut the visible set is old or new, never new names with lost data.
        if (stream is FileStream file) file.Flush(flushToDisk: true);
        else stream.Flush();
    }

    private static void WriteRunJson(Stream stream, RunOutcome outcome, PipelineOptions options)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var stats = outcome.Statistics;
        w.WriteStartObject();
        w.WriteString("tool", "textpipeline");
        w.WriteString("version", ToolVersion.Value);
        w.WriteString("contract", "1");
        w.WriteStartObject("options");
        w.WriteString("topicsModel", options.TopicsModelPath);
        w.WriteString("topics", options.Topics?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "auto");
        w.WriteNumber("summarySentences", options.SummarySentences);
        if (options.SummaryRatio is { } ratio) w.WriteNumber("summaryRatio", ratio); else w.WriteNull("summaryRatio");
        if (options.SummaryChars is { } chars) w.WriteNumber("summaryChars", chars); else w.WriteNull("summaryChars");
        w.WriteNumber("tags", options.Tags);
        w.WriteNumber("related", options.Related);
        w.WriteString("vocabulary", options.VocabularyPath);
        w.WriteString("gazetteer", options.GazetteerPath);
        w.WriteNumber("jobs", options.Jobs);
        w.WriteNumber("seed", options.Seed);
        w.WriteString("cache", options.CacheDirectory);
        w.WriteString("state", options.StateDirectory);
        w.WriteBoolean("retrain", options.Retrain);
        w.WriteEndObject();
        w.WriteStartArray("models");
        foreach (var m in outcome.Corpus.Models)
        {
            w.WriteStartObject();
            w.WriteString("name", m.Name);
            w.WriteString("version", m.Version);
            w.WriteString("sha256", m.Sha256);
            w.WriteString("path", m.Path);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("counts");
        w.WriteNumber("files", stats.Files);
        w.WriteNumber("articles", stats.Articles);
        w.WriteNumber("errors", stats.Errors);
        w.WriteNumber("warnings", stats.Warnings);
        w.WriteNumber("infos", stats.Infos);
        w.WriteNumber("sentences", outcome.Corpus.Articles.Sum(a => a.SentenceCount));
        w.WriteNumber("words", outcome.Corpus.Articles.Sum(a => a.WordCount));
        w.WriteNumber("entities", outcome.Corpus.Articles.Sum(a => a.Entities.Count));
        w.WriteNumber("topics", outcome.Corpus.Topics.Length);
        w.WriteEndObject();
        w.WriteStartObject("timings");
        foreach (var (stage, seconds) in stats.StageSeconds) w.WriteNumber(stage, Math.Round(seconds, 3));
        w.WriteNumber("total", Math.Round(stats.TotalSeconds, 3));
        w.WriteEndObject();
        // Measured by the process at the end of the analysis (machine facts, not results: never compared by tests).
        using (var process = System.Diagnostics.Process.GetCurrentProcess())
        {
            w.WriteStartObject("process");
            w.WriteNumber("cpuSeconds", Math.Round(process.TotalProcessorTime.TotalSeconds, 3));
            w.WriteNumber("peakMemoryMb", Math.Round(process.PeakWorkingSet64 / 1048576.0, 1));
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
