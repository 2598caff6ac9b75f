using TextPipeline.Pipeline;
using TextPipeline.Sharding;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Sharding;

/// <summary>merge refuses, with the reason and before writing anything, partials that are not every shard of one run.</summary>
public sealed class PartialMergerTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static readonly PipelineOptions s_options = new() { Jobs = 2 };

    private string Shard(int index, int count, string folder = "parts", PipelineOptions? options = null, IReadOnlyList<string>? inputs = null)
    {
        var pipeline = AnalysisPipeline.Default.Prepare(options ?? s_options, TestModels.Store);
        return new ShardRunner(pipeline).Run(inputs ?? [SharedData.InRepo("data", "samples")], new ShardSpec(index, count), _dir.Combine(folder)).Path;
    }

    private PartialMergeException Refused(params string[] partials) =>
        Assert.Throws<PartialMergeException>(() => ShardHarness.Merge(partials, _dir.Combine("out"), s_options));

    [Fact]
    public void Missing_shards_are_named_and_nothing_is_written()
    {
        Shard(0, 4);
        Shard(2, 4);
        var e = Refused(_dir.Combine("parts"));
        Assert.Equal("TP7201", e.Diagnostic.Id);
        Assert.Contains("2 of 4 shards are missing: 1, 3", e.Diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.Combine("out")));
    }

    [Fact]
    public void A_shard_given_twice_or_a_folder_without_partials_is_refused()
    {
        var first = Shard(0, 1);
        File.Copy(first, _dir.Combine("copy.tpp"));
        Assert.Contains("given twice", Refused(first, _dir.Combine("copy.tpp")).Diagnostic.Message, StringComparison.Ordinal);
        Directory.CreateDirectory(_dir.Combine("nothing"));
        Assert.Equal("TP7201", Refused(_dir.Combine("nothing")).Diagnostic.Id);
        Assert.Equal("TP7202", Refused(_dir.Combine("no-such-folder")).Diagnostic.Id);
    }

    [Fact]
    public void Partials_of_other_options_inputs_or_shard_counts_are_not_of_one_run()
    {
        Shard(0, 2, "a");
        Shard(1, 2, "b", s_options with { Tags = 3 });
        Assert.Contains("other options", Refused(_dir.Combine("a"), _dir.Combine("b")).Diagnostic.Message, StringComparison.Ordinal);

        Shard(1, 2, "c", inputs: [SharedData.InRepo("data", "samples", "business")]);
        var e = Refused(_dir.Combine("a"), _dir.Combine("c"));
        Assert.Equal("TP7203", e.Diagnostic.Id);
        Assert.Contains("another input", e.Diagnostic.Message, StringComparison.Ordinal);

        Shard(1, 3, "d");
        Assert.Contains("2 shards against 3", Refused(_dir.Combine("a"), _dir.Combine("d")).Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_of_another_build_or_a_damaged_partial_are_refused()
    {
        var path = Shard(0, 1);
        var (header, articles) = PartialFile.Read(path);
        PartialFile.Write(_dir.Combine("other/part-00000-of-00001.tpp"), header with { Build = new string('0', 32) }, articles);
        var e = Refused(_dir.Combine("other"));
        Assert.Equal("TP7203", e.Diagnostic.Id);
        Assert.Contains("same build", e.Diagnostic.Message, StringComparison.Ordinal);

        var bytes = File.ReadAllBytes(path);
        bytes[^100] ^= 1;
        File.WriteAllBytes(_dir.Combine("damaged.tpp"), bytes);
        var damaged = Refused(_dir.Combine("damaged.tpp"));
        Assert.Equal("TP7202", damaged.Diagnostic.Id);
        Assert.Contains("is damaged", damaged.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_whose_state_would_have_run_other_steps_than_the_shards_is_refused()
    {
        // The shards saw a state with a topic model (trained on at least 50 articles) and so applied topics per
        // article; this merge has none and would train one.
        for (var n = 0; n < TextPipeline.Topics.TopicStage.MinTrainingArticles + 4; n++) _dir.File($"in/{n:000}.txt", Linking.LinkingCorpus.TopicText(n % 3, n));
        var options = s_options with { StateDirectory = _dir.Combine("state"), Topics = 4 };
        ShardHarness.Run([_dir.Combine("in")], _dir.Combine("first"), options);
        Shard(0, 1, "parts", options, [_dir.Combine("in")]);
        var e = Assert.Throws<PartialMergeException>(() => ShardHarness.Merge([_dir.Combine("parts")], _dir.Combine("out"), options with { StateDirectory = _dir.Combine("other-state") }));
        Assert.Equal("TP7203", e.Diagnostic.Id);
        Assert.Contains("topics", e.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("--state", e.Diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.Combine("out")));
    }

    public void Dispose() => _dir.Dispose();
}
