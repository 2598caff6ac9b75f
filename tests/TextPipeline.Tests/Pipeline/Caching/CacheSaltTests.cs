using TextPipeline.Pipeline;
using TextPipeline.Pipeline.Caching;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Pipeline.Caching;

public sealed class CacheSaltTests
{
    [Fact]
    public void A_retrained_model_changes_the_salt_and_an_unchanged_one_does_not()
    {
        using var dir = new TempDir();
        var file = dir.File("models/ner-en.bin.gz", "weights v1");
        var options = new PipelineOptions();
        var before = CacheSalt.Of(options, [], [UserFiles.Describe("ner-en.bin.gz", file)!]);
        Assert.Equal(before, CacheSalt.Of(options, [], [UserFiles.Describe("ner-en.bin.gz", file)!]));

        File.WriteAllText(file, "weights v2"); // same length: a size-only fingerprint would miss this
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        var after = CacheSalt.Of(options, [], [UserFiles.Describe("ner-en.bin.gz", file)!]);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Missing_model_is_not_described() =>
        Assert.Null(UserFiles.Describe("x", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
}
