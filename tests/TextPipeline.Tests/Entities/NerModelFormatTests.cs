using TextPipeline.Entities.Recognition;
using TextPipeline.Lexicon;

namespace TextPipeline.Tests.Entities;

/// <summary>The model file records the word clusters it was trained with, and loading notices other clusters.</summary>
public sealed class NerModelFormatTests
{
    private static NerModel Make(string? clustersSha)
    {
        var labels = new NerLabels(["PER", "ORG", "LOC"]);
        var settings = new NerModelSettings(10, UsePos: true, UseGazetteer: false, clustersSha);
        var weights = new float[(1 << 10) * labels.Count];
        weights[3] = 0.5f;
        return new NerModel(labels, settings, weights, new float[labels.Count], null, null, WordClusters.Empty);
    }

    [Fact]
    public void Clusters_hash_survives_save_and_load_and_a_different_file_is_flagged()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ner-format-{Guid.NewGuid():N}.bin.gz");
        try
        {
            Make("abc123").Save(path);
            var loaded = NerModel.Load(path, null, () => WordClusters.Empty);
            Assert.Equal("abc123", loaded.Settings.ClustersSha256);
            Assert.True(loaded.Settings.UsePos);
            Assert.True(loaded.ClustersMismatch);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_without_clusters_never_warns()
    {
        var model = Make(null);
        Assert.False(model.ClustersMismatch);
        Assert.Equal(3, model.Tag(["Kim", "visited", "Seoul"]).Length);
    }
}
