using TextPipeline.Pipeline;
using TextPipeline.Summarization;
using TextPipeline.Tagging;
using TextPipeline.Tests.Keyphrases;

namespace TextPipeline.Tests.Tagging;

public sealed class TagStageTests
{
    [Fact]
    public void A_missing_vocabulary_stops_the_pipeline_before_any_article_with_TP4201()
    {
        var options = new PipelineOptions { VocabularyPath = "/nonexistent/tags.csv" };
        var error = Assert.Throws<TextPipeline.Models.ModelLoadException>(() => TestSupport.TestModels.Step(new TagStage(), options));
        Assert.Equal("TP4201", error.Diagnostic.Id);
    }

    [Fact]
    public void Tags_are_made_per_article_without_a_vocabulary()
    {
        var step = TestSupport.TestModels.Step(new TagStage());
        var article = KeyphraseStageAccess(TestArticles.Analysis(TestArticles.Make(TestArticles.Sanctions)));
        Assert.NotEmpty(step.Process(article, CancellationToken.None).Tags);
    }

    [Fact]
    public void The_summary_stage_reports_a_cut_sentence()
    {
        var analysis = TestArticles.Analysis(TestArticles.Make(TestArticles.Sanctions));
        var result = TestSupport.TestModels.Step(new SummaryStage(), new PipelineOptions { SummaryChars = 20 }).Process(analysis, CancellationToken.None);
        Assert.Contains(result.Diagnostics, d => d.Id == "TP4101");
        Assert.True(result.Summary.Text.Length <= 20);
    }

    private static ArticleAnalysis KeyphraseStageAccess(ArticleAnalysis a) =>
        TestSupport.TestModels.Step(new TextPipeline.Keyphrases.KeyphraseStage()).Process(a, CancellationToken.None);
}
