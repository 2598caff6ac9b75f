using System.Text.Json;
using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

public sealed class TopicTrainerTests
{
    private static readonly string[] ThreeThemes = ["economy", "music", "sport"];

    [Fact]
    public void Separates_clearly_different_themes()
    {
        var documents = SyntheticTopics.Documents(ThreeThemes, 20);
        var (model, mixtures) = TopicTrainer.Fit(documents, SyntheticTopics.Options(3), TermMode.Surface);

        var dominant = mixtures.Select(TopicTrainer.Dominant).ToList();
        var labels = documents.Select(d => SyntheticTopics.ThemeOf(d.Id)).ToList();
        Assert.True(TopicQuality.Purity(dominant, labels) >= 0.95, $"purity {TopicQuality.Purity(dominant, labels)}");
        Assert.Equal(3, dominant.Distinct().Count());
        // Each topic's label and top terms come from one theme only; common words are filtered by document frequency.
        foreach (var topic in model.Metadata.TopicList)
        {
            var theme = SyntheticTopics.Themes.Single(t => t.Value.Contains(topic.Terms[0].Key)).Key;
            Assert.All(topic.Terms.Take(5), t => Assert.Contains(t.Key, SyntheticTopics.Themes[theme]));
            Assert.All(topic.Label.Split(" · "), w => Assert.Contains(w, SyntheticTopics.Themes[theme]));
            Assert.Equal(20, topic.Size);
            Assert.Equal(3, topic.Representative.Count);
            Assert.All(topic.Representative, id => Assert.StartsWith(theme + "/", id, StringComparison.Ordinal));
        }
        Assert.DoesNotContain("weather", model.Vocabulary.Keys);
    }

    [Fact]
    public void Same_input_and_seed_give_the_same_model()
    {
        var documents = SyntheticTopics.Documents(ThreeThemes, 15);
        var a = TopicTrainer.Fit(documents, SyntheticTopics.Options(3, seed: 4), TermMode.Surface);
        var b = TopicTrainer.Fit(documents, SyntheticTopics.Options(3, seed: 4), TermMode.Surface);

        Assert.Equal(JsonSerializer.Serialize(a.Model.Metadata, TopicModel.Json), JsonSerializer.Serialize(b.Model.Metadata, TopicModel.Json));
        Assert.Equal(a.Mixtures, b.Mixtures);
        Assert.Equal(a.Model.Sha256, b.Model.Sha256);
    }

    [Fact]
    public void Saved_model_loads_and_infers_the_same_mixtures()
    {
        using var dir = new TestSupport.TempDir();
        var documents = SyntheticTopics.Documents(ThreeThemes, 15);
        var model = TopicTrainer.Train(documents, SyntheticTopics.Options(3), TermMode.Surface);
        var path = dir.Combine("topics.zip");
        model.Save(path);
        var loaded = TopicModel.Load(path);

        Assert.True(File.Exists(dir.Combine("topics.json")), "metadata JSON beside the model");
        Assert.Equal(JsonSerializer.Serialize(model.Metadata, TopicModel.Json), JsonSerializer.Serialize(loaded.Metadata, TopicModel.Json));
        var fresh = SyntheticTopics.Documents(ThreeThemes, 3, offset: 100).Select(d => d.Terms).ToList();
        Assert.Equal(model.InferMixtures(fresh), loaded.InferMixtures(fresh));
        // Applying is independent of the batch: one article alone gets the same mixture as in a batch.
        Assert.Equal(loaded.InferMixtures(fresh)[4], loaded.InferMixtures([fresh[4]])[0]);
        Assert.Equal(model.Sha256, loaded.Sha256);
    }

    [Fact]
    public void A_format_1_lemma_model_is_applied_with_the_verb_terms_it_was_trained_on()
    {
        using var dir = new TestSupport.TempDir();
        var model = TopicTrainer.Train(SyntheticTopics.Documents(ThreeThemes, 15), SyntheticTopics.Options(3), TermMode.Lemma);
        Assert.Equal(TopicModelMetadata.CurrentFormat, model.Metadata.FormatVersion);
        var path = dir.Combine("old.zip");
        model.Save(path);
        // Rewrite the metadata as a format-1 model wrote it.
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            var old = model.Metadata with { FormatVersion = 1 };
            zip.GetEntry("metadata.json")!.Delete();
            using var s = zip.CreateEntry("metadata.json").Open();
            JsonSerializer.Serialize(s, old, TopicModel.Json);
        }

        var loaded = TopicModel.Load(path);

        Assert.Equal(TermMode.LemmaWithVerbs, loaded.Metadata.TermMode);
    }

    [Fact]
    public void Article_without_known_terms_gets_no_topics()
    {
        var model = TopicTrainer.Train(SyntheticTopics.Documents(ThreeThemes, 15), SyntheticTopics.Options(3), TermMode.Surface);
        var mixture = model.InferMixtures([TermExtractor.Extract("Zebra quokka narwhal.", null, TermMode.Surface)])[0];

        Assert.All(mixture, w => Assert.Equal(0f, w));
        Assert.True(model.ToWeights(mixture).IsEmpty);
    }

    [Fact]
    public void Too_small_vocabulary_is_reported_not_crashed()
    {
        var documents = Enumerable.Range(0, 10).Select(i => new TopicDocument($"d{i}", $"s{i}", TermExtractor.Extract("alpha beta gamma", null, TermMode.Surface))).ToList();

        var e = Assert.Throws<TopicTrainingException>(() => TopicTrainer.Train(documents, SyntheticTopics.Options(3), TermMode.Surface));
        Assert.True(e.VocabularySize < 10);
    }
}
