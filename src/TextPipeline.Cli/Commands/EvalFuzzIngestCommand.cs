using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using CsCheck;
using TextPipeline.Cli.Fuzzing;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>eval fuzz-ingest --seconds 60 [--seed S]</c>: runs the ingestion fuzz target (<see cref="IngestionFuzzTarget"/>)
/// for a bounded time and prints JSON: inputs tried and the crash found, if any (shrunk by CsCheck, with the seed that
/// reproduces it). Exit code 0 when nothing crashed, 2 when something did.
/// </summary>
public static class EvalFuzzIngestCommand
{
    public static readonly Option<int> Seconds = new("--seconds") { Description = "How long to fuzz.", DefaultValueFactory = _ => 60 };

    public static readonly Option<string?> Seed = new("--seed") { Description = "CsCheck seed to replay (printed with a crash)." };

    public static readonly Option<int> Threads = new("--threads") { Description = "Parallel fuzzing threads.", DefaultValueFactory = _ => 1 };

    public static Command Create()
    {
        var command = new Command("fuzz-ingest", "Fuzz ingestion (every input format) for a bounded time; prints inputs tried and any crash as JSON.")
        {
            Seconds, Seed, Threads,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var work = Path.Combine(Path.GetTempPath(), "tp-fuzz-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            var target = new IngestionFuzzTarget(work);
            var tried = 0L;
            var watch = Stopwatch.StartNew();
            string? crash = null;
            try
            {
                IngestionFuzzTarget.Inputs.Sample(input =>
                {
                    Interlocked.Increment(ref tried);
                    target.Check(input);
                }, seed: parseResult.GetValue(Seed), iter: -1, time: Math.Max(1, parseResult.GetValue(Seconds)), threads: Math.Max(1, parseResult.GetValue(Threads)),
                print: input => $"seed document {input.Seed}, gzip {input.Gzip}, bytes {Convert.ToBase64String(input.Bytes)}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                crash = e.Message;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
            var json = new JsonObject
            {
                ["target"] = "ingestion (txt, md, html, json, jsonl, csv, rss, atom; plain and gzip)",
                ["seconds"] = Math.Round(watch.Elapsed.TotalSeconds, 1),
                ["inputs"] = tried,
                ["crashes"] = crash is null ? 0 : 1,
                ["crash"] = crash,
            };
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })).ConfigureAwait(false);
            return crash is null ? 0 : 2;
        });
        return command;
    }
}
