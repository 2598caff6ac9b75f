using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Output;

public sealed class AtomicOutputTests
{
    [Fact]
    public void Cancelling_before_commit_leaves_the_previous_outputs_untouched_and_no_temporary_files()
    {
        using var dir = new TempDir();
        var input = dir.File("in/a.txt", "A title\n\nFirst version of the body.\n");
        var outDir = dir.Combine("out");
        PipelineHarness.Run(dir.Combine("in"), outDir);
        var before = File.ReadAllText(Path.Combine(outDir, "articles.jsonl"));

        File.WriteAllText(input, "A title\n\nSecond version of the body.\n");
        var options = new PipelineOptions { Jobs = 1 };
        var outcome = new PipelineRunner(AnalysisPipeline.Default.Prepare(options)).Analyze([dir.Combine("in")]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => OutputWriter.Write(outDir, outcome, options, cancelled.Token));

        Assert.Equal(before, File.ReadAllText(Path.Combine(outDir, "articles.jsonl")));
        Assert.Single(Directory.GetDirectories(Path.Combine(outDir, OutputFolder.Runs)));
    }

    [Fact]
    public void A_cancelled_run_stops_before_writing()
    {
        using var dir = new TempDir();
        dir.File("in/a.txt", "A title\n\nBody.\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var runner = new PipelineRunner(AnalysisPipeline.Default.Prepare(new PipelineOptions()));
        Assert.ThrowsAny<OperationCanceledException>(() => runner.Analyze([dir.Combine("in")], cancelled.Token));
    }
}
