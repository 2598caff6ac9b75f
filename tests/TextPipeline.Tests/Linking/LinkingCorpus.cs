using System.Security.Cryptography;
using System.Text;
using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Linking;
using TextPipeline.Pipeline;
using TextPipeline.Text;

namespace TextPipeline.Tests.Linking;

/// <summary>Builds small in-memory corpora for the related-links tests.</summary>
internal static class LinkingCorpus
{
    public static readonly string[][] TopicWords =
    [
        ["football", "striker", "goal", "league", "match", "coach", "penalty", "stadium", "referee", "midfielder", "season", "club"],
        ["shares", "profit", "bank", "inflation", "market", "investors", "dividend", "earnings", "currency", "bond", "interest", "trading"],
        ["software", "computer", "internet", "chip", "broadband", "mobile", "browser", "server", "virus", "laptop", "network", "gadget"],
    ];

    public static Article Article(string id, string text, string? published = null) =>
        new(id, id + ".txt", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), SourceFormat.Text,
            ArticleText.From(text), new ArticleMetadata(null, null, published, null), default, default, default);

    /// <summary>A seeded article of ~120 words: mostly words of one topic, some general filler.</summary>
    public static string TopicText(int topic, int seed)
    {
        var random = new Random(seed);
        var filler = new[] { "people", "report", "government", "plan", "group", "country", "public", "change", "house", "early" };
        var words = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var pool = random.NextDouble() < 0.6 ? TopicWords[topic] : filler;
            words.Add(pool[random.Next(pool.Length)]);
            if (i % 12 == 11) words[^1] += ".";
        }
        return string.Join(' ', words);
    }

    public static CorpusAnalysis Corpus(params ArticleAnalysis[] articles) =>
        new([.. articles.OrderBy(a => a.Id, StringComparer.Ordinal)]);

    public static CorpusAnalysis Run(CorpusAnalysis corpus, int related = 5, int jobs = 2) =>
        TextPipeline.Tests.TestSupport.TestModels.Run(new RelatedLinksStage(), corpus, new PipelineOptions { Related = related }, jobs);

    public static ArticleAnalysis WithEntities(this ArticleAnalysis a, params string[] names) =>
        a with { Entities = names.Select(n => new Entity(n, "PER", null, 0.5, default)).ToEquatableArray() };

    /// <summary>Three topics × <paramref name="perTopic"/> articles, ids "t{topic}/{n:000}".</summary>
    public static CorpusAnalysis ThreeTopics(int perTopic) =>
        Corpus([.. Enumerable.Range(0, 3).SelectMany(t => Enumerable.Range(0, perTopic)
            .Select(n => new ArticleAnalysis(Article($"t{t}/{n:000}", TopicText(t, t * 1000 + n)))))]);
}
