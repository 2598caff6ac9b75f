using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using TextPipeline.Linking;
using TextPipeline.Pipeline;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval related-scale --input &lt;corpus&gt; --articles N --work &lt;dir&gt;</c>: the scale benchmark.
/// Writes N synthetic articles (paragraphs of the corpus recombined), runs the default pipeline cold (empty cache),
/// changes 1% of the files and runs again warm; prints wall time, articles/s, the related stage's time and the
/// process's peak working set as JSON.
/// </summary>
public static class EvalRelatedScaleCommand
{
    public static readonly Option<string> Input = new("--input") { Description = "Source corpus (one folder per label).", Required = true };

    public static readonly Option<int> Articles = new("--articles") { Description = "Synthetic articles to generate.", DefaultValueFactory = _ => 10_000 };

    public static readonly Option<string> Work = new("--work") { Description = "Work folder (corpus and cache are written there).", Required = true };

    public static readonly Option<double> Change = new("--change") { Description = "Fraction of files changed before the warm run.", DefaultValueFactory = _ => 0.01 };

    public static readonly Option<bool> RelatedOnly = new("--related-only") { Description = "Run ingestion and the related-links stage only (no per-article stages)." };

    public static readonly Option<int> Jobs = new("--jobs", "-j") { Description = "Parallel workers.", DefaultValueFactory = _ => Environment.ProcessorCount };

    public static Command Create()
    {
        var command = new Command("related-scale", "Scale benchmark: cold and warm runs over N synthetic articles.") { Input, Articles, Work, Change, RelatedOnly, Jobs };
        command.SetAction(parseResult =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var work = parseResult.GetRequiredValue(Work);
            var corpusDir = Path.Combine(work, "corpus");
            var cacheDir = Path.Combine(work, "cache");
            // Only the two sub-folders this command writes are ever removed, never the work folder itself.
            foreach (var own in new[] { corpusDir, cacheDir })
            {
                if (Directory.Exists(own)) Directory.Delete(own, recursive: true);
            }
            var n = parseResult.GetValue(Articles);
            var watch = Stopwatch.StartNew();
            SyntheticCorpus.Generate(parseResult.GetRequiredValue(Input), corpusDir, n, seed: 1);
            var generateSeconds = watch.Elapsed.TotalSeconds;
            stderr.WriteLine($"generated {n} articles in {generateSeconds:0.0} s");

            var options = new PipelineOptions { Jobs = parseResult.GetValue(Jobs), CacheDirectory = cacheDir };
            var relatedOnly = parseResult.GetValue(RelatedOnly);
            var pipeline = (relatedOnly ? new AnalysisPipelineBuilder().UseRelatedLinks() : new AnalysisPipelineBuilder().UseDefaultStages()).Build();
            var log = new SynchronousProgress(m => { if (m.StartsWith("related", StringComparison.Ordinal) || m.StartsWith("cache:", StringComparison.Ordinal)) stderr.WriteLine(m); });
            var cold = Measure(pipeline, options, corpusDir, log);
            var coldPeak = Process.GetCurrentProcess().PeakWorkingSet64;
            var changed = SyntheticCorpus.Change(corpusDir, parseResult.GetValue(Change), seed: 2);
            var warm = Measure(pipeline, options, corpusDir, log);

            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("task", "related-scale");
                json.WriteNumber("articles", n);
                json.WriteNumber("changed_before_warm", changed);
                json.WriteBoolean("related_only", relatedOnly);
                Write(json, "cold", cold);
                Write(json, "warm", warm);
                json.WriteNumber("peak_working_set_mb_after_cold", coldPeak / (1024 * 1024));
                json.WriteNumber("peak_working_set_mb", Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024));
                json.WriteEndObject();
            }
            parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return 0;
        });
        return command;
    }

    private static (RunStatistics Stats, double CpuSeconds) Measure(AnalysisPipeline pipeline, PipelineOptions options, string input, IProgress<string> log)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stats = new PipelineRunner(pipeline.Prepare(options), log: log).Analyze([input]).Statistics;
        return (stats, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    private static void Write(Utf8JsonWriter json, string name, (RunStatistics Stats, double CpuSeconds) run)
    {
        var s = run.Stats;
        json.WriteStartObject(name);
        json.WriteNumber("cpu_seconds", Math.Round(run.CpuSeconds, 2));
        json.WriteNumber("seconds", Math.Round(s.TotalSeconds, 2));
        json.WriteNumber("articles_per_second", Math.Round(s.Articles / Math.Max(s.TotalSeconds, 1e-9), 1));
        foreach (var (stage, seconds) in s.StageSeconds) json.WriteNumber("seconds_" + stage, Math.Round(seconds, 2));
        json.WriteEndObject();
    }
}
