using System.CommandLine;
using System.Globalization;
using TextPipeline.Diagnostics;
using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Sharding;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>run &lt;input&gt;... --shard i/N --out &lt;dir&gt;</c>: one shard of a run. Writes only its partial
/// (<c>&lt;dir&gt;/part-iiiii-of-nnnnn.tpp</c>); <c>merge</c> writes the outputs. Exit code 0, or 1 when the shard
/// could not be analysed or written (a scheduler retries it).
/// </summary>
internal static class ShardRun
{
    public static int Execute(ParseResult parseResult, string shardText, PipelineOptions options, string[] inputs, string outDir, IProgress<string> log, CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        string? problem;
        var shard = shardText == "auto"
            ? ShardSpec.FromEnvironment(Environment.GetEnvironmentVariable, parseResult.GetValue(RunCommand.ShardCount), out problem)
            : ShardSpec.Parse(shardText, out problem);
        if (shard is not { } spec)
        {
            stderr.WriteLine($"textpipeline: error: --shard: {problem}.");
            return 1;
        }
        if (inputs.Contains("-"))
        {
            stderr.WriteLine("textpipeline: error: a shard reads files and folders, not standard input.");
            return 1;
        }
        try
        {
            var pipeline = AnalysisPipeline.Default.Prepare(options, null, log);
            var (path, header) = new ShardRunner(pipeline, log).Run(inputs, spec, outDir, cancellationToken);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"shard {spec}: {header.Articles} of {header.TotalArticles} articles written to {path} ({header.Figures.Seconds:0.0} s)"));
            return 0;
        }
        catch (Exception e) when (Run.RunFailure.Describe(e, outDir) is { } failure)
        {
            stderr.WriteLine(failure);
            return 1;
        }
    }
}
