using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Linking;

public sealed class RelatedLinksDeterminismTests
{
    [Fact]
    public void Jobs_1_and_8_cold_or_warm_write_identical_related_links_and_articles()
    {
        using var dir = new TempDir();
        var input = SharedData.InRepo("data", "samples");
        PipelineHarness.Run(input, dir.Combine("j1"), new PipelineOptions { Jobs = 1 });
        PipelineHarness.Run(input, dir.Combine("j8"), new PipelineOptions { Jobs = 8, CacheDirectory = dir.Combine("cache") });
        PipelineHarness.Run(input, dir.Combine("j8warm"), new PipelineOptions { Jobs = 8, CacheDirectory = dir.Combine("cache") });
        foreach (var name in new[] { "related.csv", "articles.jsonl", "articles.csv", "diagnostics.csv" })
        {
            var one = File.ReadAllBytes(dir.Combine("j1/" + name));
            Assert.Equal(one, File.ReadAllBytes(dir.Combine("j8/" + name)));
            Assert.Equal(one, File.ReadAllBytes(dir.Combine("j8warm/" + name)));
        }
        Assert.True(File.ReadAllLines(dir.Combine("j1/related.csv")).Length > 1);
    }
}
