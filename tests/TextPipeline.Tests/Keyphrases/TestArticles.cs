using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Pipeline;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Tests.Keyphrases;

/// <summary>Builds analysed articles for the keyphrase, tag and summary tests.</summary>
internal static class TestArticles
{
    public static Article Make(string body, string? title = null, string id = "a")
    {
        var text = ArticleText.From(body);
        return new Article(id, id + ".txt", new string('0', 64), SourceFormat.Text, text,
            new ArticleMetadata(title, null, null, null), EquatableArray<TextSpan>.Empty,
            EquatableArray.Create(new TextSpan(0, text.Length)), EquatableArray<TextPipeline.Diagnostics.Diagnostic>.Empty);
    }

    public static Document Analyze(Article article) =>
        TextPipeline.Tests.TestSupport.TestModels.Analyzer.Analyze(article.Text, article.Paragraphs.AsSpan(), article.Headings.AsSpan());

    public static ArticleAnalysis Analysis(Article article) => new(article) { Document = Analyze(article) };

    public static Article ReadSeed()
    {
        var path = TextPipeline.Tests.TestSupport.SharedData.Fixture("seed-article.txt");
        Skip.If(path is null, TextPipeline.Tests.TestSupport.SharedData.SkipReason);
        var file = new InputFile(path!, "seed-article.txt", path!, SourceFormat.Text, false);
        return Assert.Single(new ArticleReader().Read(file).Articles);
    }

    public const string Sanctions =
        "The United Nations imposed new sanctions on North Korea on Monday. " +
        "Officials said the sanctions target oil imports and military cooperation with Russia. " +
        "North Korea rejected the sanction as an act of hostility against its people. " +
        "Russia said military cooperation with North Korea would continue despite the sanctions. " +
        "Analysts expect the sanctions to have limited effect on the economy of North Korea.";
}
