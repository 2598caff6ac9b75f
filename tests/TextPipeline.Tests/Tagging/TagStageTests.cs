using TextPipeline.Pipeline;
using TextPipeline.Summarization;
using TextPipeline.Tagging;
using TextPipeline.Tests.Keyphrases;

namespace TextPipeline.Tests.Tagging;

public sealed class TagStageTests
{
    [Fact]
    public void A_missing_vocabulary_is_reported_once_and_tags_are_still_made()
    {
        var articles = new[] { "a", "b" }.Select(id => TestArticles.Analysis(TestArticles.Make(TestArticles.Sanctions, id: id)))
            .Select(a => KeyphraseStageAccess(a)).ToList();
        var corpus = new CorpusAnalysis([.. articles]);
        var context = new StageContext(new PipelineOptions { VocabularyPath = "/nonexistent/tags.csv", Jobs = 2 });
        var result = new TagStage().Process(corpus, context, CancellationToken.None);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TP4201", diagnostic.Id);
        Assert.All(result.Articles, a => Assert.NotEmpty(a.Tags));
    }

    [Fact]
    public void The_summary_stage_reports_a_cut_sentence()
    {
        var analysis = TestArticles.Analysis(TestArticles.Make(TestArticles.Sanctions));
        var context = new StageContext(new PipelineOptions { SummaryChars = 20 });
        var result = new SummaryStage().Process(analysis, context, CancellationToken.None);
        Assert.Contains(result.Diagnostics, d => d.Id == "TP4101");
        Assert.True(result.Summary.Text.Length <= 20);
    }

    private static ArticleAnalysis KeyphraseStageAccess(ArticleAnalysis a) =>
        TextPipeline.Keyphrases.KeyphraseStage.ProcessArticle(a, TextPipeline.Keyphrases.DocumentFrequencies.None);
}
