using System.Collections.Immutable;
using TextPipeline.Ingestion;
using TextPipeline.Pipeline;
using TextPipeline.Text;
using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

/// <summary>A tiny corpus with clearly separated themes: trains in a second or two.</summary>
internal static class SyntheticTopics
{
    public static readonly ImmutableDictionary<string, string[]> Themes = new Dictionary<string, string[]>
    {
        ["sport"] = ["football", "striker", "goal", "referee", "stadium", "league", "coach", "penalty", "keeper", "trophy"],
        ["economy"] = ["inflation", "bank", "interest", "investor", "currency", "budget", "trade", "profit", "dividend", "tariff"],
        ["music"] = ["guitar", "album", "concert", "singer", "chart", "melody", "rhythm", "studio", "orchestra", "drummer"],
        ["space"] = ["rocket", "planet", "orbit", "astronaut", "telescope", "galaxy", "satellite", "comet", "lunar", "asteroid"],
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private static readonly string[] Common = ["weather", "city", "morning"];

    public static string Text(string theme, int index, int words = 40)
    {
        var random = new Random(theme.Length * 7919 + theme[0] * 104729 + index);
        var vocabulary = Themes[theme];
        return string.Join(' ', Enumerable.Range(0, words).Select(i => i % 7 == 6 ? Common[random.Next(Common.Length)] : vocabulary[random.Next(vocabulary.Length)])) + ".";
    }

    public static List<TopicDocument> Documents(IEnumerable<string> themes, int perTheme, int offset = 0) =>
        [.. themes.SelectMany(theme => Enumerable.Range(offset, perTheme).Select(i =>
            new TopicDocument($"{theme}/{i:000}", $"{theme}-{i}", TermExtractor.Extract(Text(theme, i), null, TermMode.Surface))))];

    public static TopicTrainingOptions Options(int topics, int seed = 0) => new() { Topics = topics, Seed = seed, Iterations = 60, Threads = 1 };

    public static string ThemeOf(string id) => id[..id.IndexOf('/', StringComparison.Ordinal)];

    public static ArticleAnalysis Article(string id, string text) =>
        new(new Article(id, id + ".txt", id + "-sha", SourceFormat.Text, ArticleText.From(text), new ArticleMetadata(null, null, null, null), default, default, default));
}
