using TextPipeline;

// Create the analyzer once: the built-in models load here. Analyze is then cheap and thread-safe.
var analyzer = ArticleAnalyzer.Create();

var article = analyzer.Analyze("""
    Rotterdam approves harbour expansion after two-year review

    The city council of Rotterdam on Tuesday approved a 1.2 billion euro expansion of the Maasvlakte container terminal, ending a two-year environmental review.

    The plan adds four deep-water berths and an electrified rail link to Germany. Port Authority chief executive Marieke de Vries said the project would create about 3,000 jobs by 2030.

    Shipping companies Maersk and MSC have already signed letters of intent for the new berths, according to the European Commission.
    """);

Console.WriteLine($"Title: {article.Article.Title}");
foreach (var tag in article.Tags) Console.WriteLine($"Tag: {tag.Name} ({tag.Kind}{(tag.Type is null ? "" : ", " + tag.Type)})");
Console.WriteLine($"Summary: {article.Summary.Text}");
