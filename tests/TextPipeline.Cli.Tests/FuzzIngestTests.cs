using CsCheck;
using TextPipeline.Cli.Fuzzing;

namespace TextPipeline.Cli.Tests;

/// <summary>A short run of the ingestion fuzz target (the long run is `textpipeline eval fuzz-ingest --seconds 60`).</summary>
public sealed class FuzzIngestTests
{
    [Fact]
    public void Two_hundred_generated_inputs_in_every_format_do_not_crash_ingestion()
    {
        var work = Path.Combine(Path.GetTempPath(), "tp-fuzz-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var target = new IngestionFuzzTarget(work);
            IngestionFuzzTarget.Inputs.Sample(target.Check, iter: 200, threads: 1, seed: "0000000000000");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
