using TextPipeline.Sharding;

namespace TextPipeline.Tests.Sharding;

public sealed class ShardSpecTests
{
    [Fact]
    public void An_article_s_shard_is_a_fixed_function_of_its_id_and_the_count()
    {
        // Fixed values: a change of the hash would send every article of a site to another shard (and its cache).
        Assert.Equal([1, 0, 1, 2], new[] { "politics/012", "business/001", "feeds/newswire#w1", "a" }.Select(id => ShardSpec.Of(id, 4)));
        Assert.True(new ShardSpec(1, 4).Owns("politics/012"));
        Assert.False(new ShardSpec(0, 4).Owns("politics/012"));
    }

    [Fact]
    public void Shards_are_balanced_and_adding_articles_moves_none()
    {
        var ids = Enumerable.Range(0, 20_000).Select(i => $"folder{i % 7}/{i:000000}").ToList();
        var sizes = ids.GroupBy(id => ShardSpec.Of(id, 8)).Select(g => g.Count()).ToList();
        Assert.Equal(8, sizes.Count);
        Assert.All(sizes, s => Assert.InRange(s, 2_300, 2_700));
        var before = ids.ToDictionary(id => id, id => ShardSpec.Of(id, 8));
        var more = ids.Concat(Enumerable.Range(0, 1000).Select(i => $"new/{i}")).ToList();
        Assert.All(ids, id => Assert.Equal(before[id], ShardSpec.Of(id, 8)));
        Assert.Equal(more.Count, more.Count(id => Enumerable.Range(0, 8).Count(s => new ShardSpec(s, 8).Owns(id)) == 1));
    }

    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    [InlineData("0/1", 0, 1)]
    public void Parse_reads_index_and_count(string text, int index, int count)
    {
        Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("1/4/5")]
    [InlineData(" 1/4")]
    public void Parse_rejects_what_is_not_a_shard(string text)
    {
        Assert.Null(ShardSpec.Parse(text, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void The_environment_of_a_slurm_array_or_a_kubernetes_indexed_job_gives_the_shard()
    {
        static Func<string, string?> Env(params (string Key, string Value)[] vars) => key => vars.FirstOrDefault(v => v.Key == key).Value;

        Assert.Equal(new ShardSpec(2, 4), ShardSpec.FromEnvironment(Env(("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "4"), ("SLURM_ARRAY_TASK_MIN", "0")), null, out _));
        // --array=1-4: task ids start at 1, shards at 0.
        Assert.Equal(new ShardSpec(3, 4), ShardSpec.FromEnvironment(Env(("SLURM_ARRAY_TASK_ID", "4"), ("SLURM_ARRAY_TASK_COUNT", "4"), ("SLURM_ARRAY_TASK_MIN", "1")), null, out _));
        Assert.Equal(new ShardSpec(5, 8), ShardSpec.FromEnvironment(Env(("JOB_COMPLETION_INDEX", "5")), 8, out _));

        Assert.Null(ShardSpec.FromEnvironment(Env(("JOB_COMPLETION_INDEX", "5")), null, out var noCount));
        Assert.Contains("--shard-count", noCount, StringComparison.Ordinal);
        Assert.Null(ShardSpec.FromEnvironment(Env(("JOB_COMPLETION_INDEX", "8")), 8, out var outOfRange));
        Assert.Contains("0 to 7", outOfRange, StringComparison.Ordinal);
        Assert.Null(ShardSpec.FromEnvironment(Env(), 4, out var neither));
        Assert.Contains("SLURM_ARRAY_TASK_ID", neither, StringComparison.Ordinal);
    }
}
