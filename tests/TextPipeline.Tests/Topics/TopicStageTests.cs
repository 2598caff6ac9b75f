using TextPipeline.Pipeline;
using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

public sealed class TopicStageTests
{
    private static readonly string[] ThreeThemes = ["economy", "music", "sport"];

    private static CorpusAnalysis Corpus(int perTheme, int offset = 0) =>
        new([.. ThreeThemes.SelectMany(t => Enumerable.Range(offset, perTheme).Select(i => SyntheticTopics.Article($"{t}/{i:000}", SyntheticTopics.Text(t, i))))
            .OrderBy(a => a.Id, StringComparer.Ordinal)]);

    [Fact]
    public void Too_few_articles_give_a_diagnostic_and_no_topics()
    {
        var result = TestSupport.TestModels.Run(new TopicStage(), Corpus(5), new PipelineOptions { Topics = 3 });

        Assert.Contains(result.Diagnostics, d => d.Id == "TP5001");
        Assert.Empty(result.Topics);
        Assert.All(result.Articles, a => Assert.True(a.Topics.IsEmpty));
    }

    [Fact]
    public void Applies_a_saved_model_with_its_ids_and_reports_it()
    {
        using var dir = new TestSupport.TempDir();
        var model = TopicTrainer.Train(SyntheticTopics.Documents(ThreeThemes, 20), SyntheticTopics.Options(3), TermMode.Surface);
        var path = dir.Combine("topics.zip");
        model.Save(path);

        var preparation = TestSupport.TestModels.Preparation(new PipelineOptions { TopicsModelPath = path });
        var result = new TopicStage().Prepare(preparation).FitAndApply(Corpus(4, offset: 50), new CorpusContext(2));

        Assert.Equal(model.Metadata.TopicList.Select(t => t.Id).Order(), result.Topics.Select(t => t.Id));
        Assert.Equal(12, result.Topics.Sum(t => t.Size));
        foreach (var article in result.Articles)
        {
            Assert.False(article.Topics.IsEmpty);
            var top = article.Topics[0];
            var topic = model.Metadata.TopicList.Single(t => t.Id == top.Id);
            Assert.Contains(topic.Terms[0].Key, SyntheticTopics.Themes[SyntheticTopics.ThemeOf(article.Id)]);
            Assert.Equal(topic.Label, top.Label);
            Assert.Equal(article.Topics.OrderByDescending(w => w.Weight).ThenBy(w => w.Id), article.Topics);
        }
        var info = Assert.Single(preparation.ModelsUsed);
        Assert.Equal("topics", info.Name);
        Assert.Equal(model.Sha256, info.Sha256);
    }

    [Fact]
    public void An_unreadable_model_stops_the_pipeline_with_TP5002()
    {
        using var dir = new TestSupport.TempDir();
        var path = dir.File("bad.zip", "not a zip");

        var error = Assert.Throws<TextPipeline.Models.ModelLoadException>(() => TestSupport.TestModels.Step(new TopicStage(), new PipelineOptions { TopicsModelPath = path }));

        Assert.Equal("TP5002", error.Diagnostic.Id);
    }

    [Fact]
    public void Trains_on_the_run_when_large_enough_and_counts_copies_once()
    {
        var corpus = Corpus(20);
        var copy = corpus.Articles[0] with { };
        var copyArticle = copy.Article with { Id = "zz/copy" };
        corpus = corpus with { Articles = corpus.Articles.Add(new ArticleAnalysis(copyArticle)) };
        var options = new PipelineOptions { Topics = 3, Seed = 1 };

        var result = TestSupport.TestModels.Run(new TopicStage(), corpus, options);

        Assert.Equal(3, result.Topics.Length);
        Assert.Equal(result.Articles[0].Topics, result.Articles[^1].Topics);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("TP5", StringComparison.Ordinal));
        Assert.Equal(["topics"], result.Models.Select(m => m.Name));
    }
}
