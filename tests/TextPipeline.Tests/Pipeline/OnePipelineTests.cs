using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;
using TextPipeline.Topics;

namespace TextPipeline.Tests.Pipeline;

/// <summary>
/// Training and evaluation analyse articles exactly as <c>run</c> does: the reduced pipelines they use give the same
/// output, for what they measure, as the full pipeline.
/// </summary>
public sealed class OnePipelineTests
{
    private static readonly string s_samples = SharedData.InRepo("data", "samples");

    private static readonly Lazy<IReadOnlyDictionary<string, ArticleAnalysis>> s_run = new(() =>
        new PipelineRunner(AnalysisPipeline.Default.Prepare(new PipelineOptions { Jobs = 2 }, TestModels.Store)).Analyze([s_samples])
            .Corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal));

    private static IReadOnlyList<ArticleAnalysis> Reduced(AnalysisPipeline pipeline) =>
        new PipelineRunner(pipeline.Prepare(new PipelineOptions { Jobs = 2 }, TestModels.Store)).Analyze([s_samples]).Corpus.Articles;

    [Fact]
    public void Train_topics_extracts_the_same_terms_from_each_article_as_run()
    {
        var training = TopicCorpus.Read([s_samples], new PipelineOptions { Jobs = 2 }, null, TestModels.Store);
        Assert.Equal(TermMode.Lemma, training.Mode);
        Assert.NotEmpty(training.Documents);
        // What the topics stage of run sees: the run pipeline up to it (documents are dropped after the last stage).
        var run = Reduced(AnalysisPipeline.Default.Through("topics")).ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var document in training.Documents)
        {
            Assert.Equal(TopicCorpus.TermsOf(run[document.Id], training.Mode), document.Terms);
        }
    }

    [Fact]
    public void The_summaries_evaluation_pipeline_gives_runs_summaries()
    {
        foreach (var article in Reduced(AnalysisPipeline.Default.Only("tokenize", "entities", "summaries")))
        {
            Assert.Equal(s_run.Value[article.Id].Summary, article.Summary);
        }
    }

    [Fact]
    public void The_keyphrases_evaluation_pipeline_gives_runs_keyphrases()
    {
        foreach (var article in Reduced(AnalysisPipeline.Default.Through("keyphrases")))
        {
            Assert.Equal(s_run.Value[article.Id].Keyphrases, article.Keyphrases);
        }
    }

    [Fact]
    public void A_single_article_gets_the_same_entities_and_summary_as_in_a_run()
    {
        var analyzer = ArticleAnalyzer.Create(models: TestModels.Store);
        foreach (var run in s_run.Value.Values.Where(a => a.Article.Path.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var alone = analyzer.AnalyzeFile(Path.Combine(s_samples, run.Article.Path)).Single();
            Assert.Equal(run.Entities, alone.Entities);
            Assert.Equal(run.Summary, alone.Summary);
        }
    }
}
