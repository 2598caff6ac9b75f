namespace TextPipeline.Tests.TestSupport;

/// <summary>
/// Generated news-like articles on four themes with distinct vocabularies, deterministic per theme and index: enough
/// for topics to train and related links to form, small enough for unit tests.
/// </summary>
internal static class ThemedArticles
{
    public static IReadOnlyDictionary<string, string[]> Themes { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["economy"] = ["inflation", "central bank", "interest rates", "investors", "currency", "budget deficit", "trade", "profits", "dividends", "tariffs"],
        ["football"] = ["striker", "goal", "referee", "stadium", "league", "coach", "penalty", "goalkeeper", "trophy", "midfield"],
        ["music"] = ["guitar", "album", "concert", "singer", "charts", "melody", "studio", "orchestra", "drummer", "festival"],
        ["space"] = ["rocket", "planet", "orbit", "astronaut", "telescope", "galaxy", "satellite", "comet", "lunar module", "asteroid"],
    };

    /// <summary>The <paramref name="index"/>-th article on <paramref name="theme"/>: a title line, then two paragraphs.</summary>
    public static string Article(string theme, int index)
    {
        var words = Themes[theme];
        var random = new Random(theme.Length * 31 + index);
        string W() => words[random.Next(words.Length)];
        var sentences = Enumerable.Range(0, 8).Select(_ => $"The report on {W()} and {W()} said the {W()} would affect the {W()} in the city.");
        return $"Story {index} about {theme}\n\n{string.Join(' ', sentences)}\n\nOfficials discussed the {W()} and the {W()} on Monday.\n";
    }
}
