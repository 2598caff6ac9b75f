using System.IO.Compression;
using System.Text.Json;
using TextPipeline.Pipeline;
using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

/// <summary>
/// Crafted model files whose parts disagree are refused in managed code (TP5005): handed to ML.NET's native LightLDA,
/// a vocabulary larger than the LDA tables crashed the process (SIGSEGV).
/// </summary>
public sealed class TopicModelValidationTests
{
    private static readonly string[] TwoThemes = ["economy", "music"];
    private static readonly string[] ThreeThemes = ["economy", "music", "sport"];

    [Fact]
    public void A_vocabulary_larger_than_the_lda_model_is_refused_before_native_code_sees_it()
    {
        using var dir = new TestSupport.TempDir();
        var small = TopicTrainer.Train(SyntheticTopics.Documents(TwoThemes, 15), SyntheticTopics.Options(2), TermMode.Surface);
        var large = TopicTrainer.Train(SyntheticTopics.Documents(ThreeThemes, 15), SyntheticTopics.Options(2), TermMode.Surface);
        Assert.True(large.Vocabulary.Count > small.Vocabulary.Count);
        var path = dir.Combine("crafted.zip");
        small.Save(path);
        ReplaceMetadata(path, large.Metadata);

        var e = Assert.Throws<TopicModelInvalidException>(() => TopicModel.Load(path));
        Assert.Contains($"the vocabulary has {large.Vocabulary.Count} terms but the LDA model was trained on {small.Vocabulary.Count}", e.Message);
    }

    [Fact]
    public void Metadata_that_disagrees_with_itself_is_refused()
    {
        using var dir = new TestSupport.TempDir();
        var model = TopicTrainer.Train(SyntheticTopics.Documents(TwoThemes, 15), SyntheticTopics.Options(2), TermMode.Surface);
        var path = dir.Combine("crafted.zip");
        model.Save(path);
        var topics = model.Metadata.TopicList.ToList();
        topics[1] = topics[1] with { Slot = topics[0].Slot };
        ReplaceMetadata(path, model.Metadata with { TopicList = topics });
        Assert.Contains("two topics share slot", Assert.Throws<TopicModelInvalidException>(() => TopicModel.Load(path)).Message);

        ReplaceMetadata(path, model.Metadata with { Display = model.Metadata.Display.Skip(1).ToList() });
        Assert.Contains("display forms", Assert.Throws<TopicModelInvalidException>(() => TopicModel.Load(path)).Message);

        ReplaceMetadata(path, model.Metadata with { Topics = 5 });
        Assert.Contains("describes 2", Assert.Throws<TopicModelInvalidException>(() => TopicModel.Load(path)).Message);
    }

    [Fact]
    public void A_run_with_an_inconsistent_model_stops_with_TP5005_before_writing()
    {
        using var dir = new TestSupport.TempDir();
        var small = TopicTrainer.Train(SyntheticTopics.Documents(TwoThemes, 15), SyntheticTopics.Options(2), TermMode.Surface);
        var large = TopicTrainer.Train(SyntheticTopics.Documents(ThreeThemes, 15), SyntheticTopics.Options(2), TermMode.Surface);
        var model = dir.Combine("crafted.zip");
        small.Save(model);
        ReplaceMetadata(model, large.Metadata);
        dir.File("in/a.txt", "Markets rally\n\n" + SyntheticTopics.Text("economy", 1) + "\n");
        dir.File("in/b.txt", "Concert review\n\n" + SyntheticTopics.Text("music", 2) + "\n");

        var error = Assert.Throws<TextPipeline.Models.ModelLoadException>(() =>
            TestSupport.PipelineHarness.Run(dir.Combine("in"), dir.Combine("out"), new PipelineOptions { Jobs = 1, TopicsModelPath = model }));

        Assert.Equal("TP5005", error.Diagnostic.Id);
        Assert.False(Directory.Exists(dir.Combine("out")));
    }

    private static void ReplaceMetadata(string path, TopicModelMetadata metadata)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry("metadata.json")!.Delete();
        using var s = zip.CreateEntry("metadata.json").Open();
        JsonSerializer.Serialize(s, metadata, TopicModel.Json);
    }
}
