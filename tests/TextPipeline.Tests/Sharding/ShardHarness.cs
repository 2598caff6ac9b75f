using System.Text.Json.Nodes;
using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Sharding;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Sharding;

/// <summary>
/// A sharded run in-process, as <c>run --shard i/N</c> (each shard its own prepared pipeline) then <c>merge</c> do it,
/// and the comparison of two output folders the way the issue defines equality: every file byte for byte, run.json
/// without its timings and process figures.
/// </summary>
internal static class ShardHarness
{
    /// <summary>Runs <paramref name="shards"/> shards into <paramref name="parts"/>, merges into <paramref name="outDir"/>.</summary>
    public static RunOutcome RunSharded(IReadOnlyList<string> inputs, string parts, string outDir, int shards, PipelineOptions options)
    {
        for (var i = 0; i < shards; i++)
        {
            var pipeline = AnalysisPipeline.Default.Prepare(options with { Jobs = 1 }, TestModels.Store);
            new ShardRunner(pipeline).Run(inputs, new ShardSpec(i, shards), parts);
        }
        return Merge([parts], outDir, options);
    }

    public static RunOutcome Merge(IReadOnlyList<string> partials, string outDir, PipelineOptions options)
    {
        var (paths, headers) = PartialMerger.ReadHeaders(PartialMerger.Find(partials));
        var merged = headers[0].Options with { Jobs = options.Jobs, CacheDirectory = options.CacheDirectory, StateDirectory = options.StateDirectory };
        var pipeline = AnalysisPipeline.Default.Prepare(merged, TestModels.Store);
        var outcome = PartialMerger.Merge(new PipelineRunner(pipeline), pipeline, paths, headers);
        OutputWriter.Write(outDir, outcome, merged);
        return outcome;
    }

    public static RunOutcome Run(IReadOnlyList<string> inputs, string outDir, PipelineOptions options)
    {
        var outcome = new PipelineRunner(AnalysisPipeline.Default.Prepare(options, TestModels.Store)).Analyze(inputs);
        OutputWriter.Write(outDir, outcome, options);
        return outcome;
    }

    /// <summary>Asserts two output folders are what the issue calls identical.</summary>
    public static void AssertSameOutputs(string expected, string actual)
    {
        foreach (var name in OutputWriter.FileNames.Where(n => n != "run.json"))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), $"{name} differs");
        }
        Assert.Equal(RunJsonWithoutMachineFacts(expected), RunJsonWithoutMachineFacts(actual));
    }

    public static string RunJsonWithoutMachineFacts(string folder)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "run.json")))!.AsObject();
        json.Remove("timings");
        json.Remove("process");
        return json.ToJsonString();
    }
}
