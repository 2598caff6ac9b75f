using TextPipeline.Lexicon;

namespace TextPipeline.Tests.Lexicon;

public sealed class WordClustersTests
{
    [Fact]
    public void Path_round_trips_and_prefixes_differ_by_length()
    {
        var path = ClusterPath.Parse("0110");
        Assert.Equal("0110", path.ToString());
        Assert.Equal(ClusterPath.Parse("01").Prefix(2), path.Prefix(2));
        Assert.NotEqual(path.Prefix(2), path.Prefix(3));
        Assert.NotEqual(ClusterPath.Parse("0").Prefix(1), ClusterPath.Parse("1").Prefix(1));
        Assert.Equal(path.Prefix(4), path.Prefix(10));
        Assert.Equal(0UL, ClusterPath.None.Prefix(4));
    }

    [Theory]
    [InlineData("")]
    [InlineData("012")]
    public void Bad_path_is_rejected(string bits) => Assert.Throws<FormatException>(() => ClusterPath.Parse(bits));

    [Fact]
    public void Written_file_loads_and_falls_back_to_lower_case()
    {
        var file = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var stream = File.Create(file))
            {
                WordClusters.Write(stream,
                [("apple", ClusterPath.Parse("0010"), 12), ("Apple", ClusterPath.Parse("110"), 30), ("pear", ClusterPath.Parse("0011"), 4)],
                ["test"]);
            }
            var clusters = WordClusters.Load(file);
            Assert.Equal(3, clusters.Count);
            Assert.Equal("110", clusters.Lookup("Apple").ToString());
            Assert.Equal("0011", clusters.Lookup("PEAR").ToString());
            Assert.False(clusters.Lookup("plum").IsKnown);
            Assert.NotNull(clusters.Sha256);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
