using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Pipeline;

public sealed class DeterminismTests
{
    [Fact]
    public void Outputs_are_byte_identical_for_jobs_1_and_4_and_across_runs()
    {
        using var dir = new TempDir();
        var input = SharedData.InRepo("data", "samples");
        PipelineHarness.Run(input, dir.Combine("j1"), new PipelineOptions { Jobs = 1 });
        PipelineHarness.Run(input, dir.Combine("j4"), new PipelineOptions { Jobs = 4 });
        PipelineHarness.Run(input, dir.Combine("j4b"), new PipelineOptions { Jobs = 4 });
        foreach (var name in OutputWriter.FileNames.Where(n => n != "run.json"))
        {
            var one = File.ReadAllBytes(dir.Combine("j1/" + name));
            Assert.Equal(one, File.ReadAllBytes(dir.Combine("j4/" + name)));
            Assert.Equal(one, File.ReadAllBytes(dir.Combine("j4b/" + name)));
        }
    }

    [Fact]
    public void A_second_run_replaces_outputs_and_leaves_no_temporary_files()
    {
        using var dir = new TempDir();
        var input = SharedData.InRepo("data", "samples");
        PipelineHarness.Run(input, dir.Combine("out"));
        PipelineHarness.Run(input, dir.Combine("out"));
        var names = Directory.GetFiles(dir.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(OutputWriter.FileNames.Order(StringComparer.Ordinal).ToArray(), names);
    }
}
