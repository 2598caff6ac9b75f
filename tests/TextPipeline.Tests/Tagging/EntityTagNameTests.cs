using TextPipeline.Pipeline;
using TextPipeline.Tests.Keyphrases;

namespace TextPipeline.Tests.Tagging;

/// <summary>Entity names as an editor reads them in tags: no leading article, no name turned into a common word.</summary>
public sealed class EntityTagNameTests
{
    private static readonly PreparedPipeline s_pipeline = AnalysisPipeline.Default.Prepare(new PipelineOptions(), TestSupport.TestModels.Store);

    [Fact]
    public void A_lower_case_article_before_a_place_is_not_part_of_its_name()
    {
        // From BBC business/301: the recognizer's span took in "the", so the entity stayed unlinked as "the United States".
        var analysis = s_pipeline.AnalyzeArticle(TestArticles.Make(
            "\"We are in the process of opening accounts in banks in the United States,\" the central bank's vice president said. "
            + "The US ban on trade with Tripoli was suspended in April.", "Libya to unfreeze US assets"));
        var place = Assert.Single(analysis.Entities, e => e.Name.Contains("United States", StringComparison.Ordinal));
        Assert.Equal("United States", place.Name);
        Assert.Equal("Q30", place.Id);
        Assert.DoesNotContain(analysis.Tags, t => t.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_firm_named_like_a_common_word_keeps_its_capital_in_tags()
    {
        // From BBC business/451: "Foster" became the tag "foster", the usual spelling of the common word.
        var analysis = s_pipeline.AnalyzeArticle(TestArticles.Make(
            "Australian winemaker Southcorp has rejected a takeover offer from brewing giant Foster's Group. "
            + "Southcorp said Foster's proposal undervalued the company. Foster's bought an 18.8% stake in Southcorp in January.",
            "Winemaker rejects Foster's offer"));
        var firm = Assert.Single(analysis.Tags, t => t.Name.StartsWith("Foster", StringComparison.OrdinalIgnoreCase));
        Assert.True(char.IsUpper(firm.Name[0]), firm.Name);
    }
}
