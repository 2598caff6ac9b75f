namespace TextPipeline.Subjects;

/// <summary>
/// The five desks of a general news site (BBC News's sections: business, entertainment, politics, sport,
/// technology) and which Media Topics each files. Used to train the subject model from section-labelled archives and
/// to recover an article's section from its subjects. Editorial choices, written by us: IPTC files computing, video
/// games, cyber crime and consumer electronics under other branches, while a news site's technology desk covers
/// them; film, music, TV and publishing industry news goes to entertainment; crime, health, education, religion,
/// society, conflict, environment and disasters are covered by the politics/news desk.
/// </summary>
public static class NewsDesks
{
    public const string Business = "business";
    public const string Entertainment = "entertainment";
    public const string Politics = "politics";
    public const string Sport = "sport";
    public const string Technology = "tech";

    public static IReadOnlyList<string> All { get; } = [Business, Entertainment, Politics, Sport, Technology];

    /// <summary>The broad Media Topic a desk's articles are filed under when nothing narrower fits.</summary>
    public static string DefaultTopic(string desk) => desk switch
    {
        Business => "medtop:04000000",
        Entertainment => "medtop:01000000",
        Politics => "medtop:11000000",
        Sport => "medtop:15000000",
        Technology => "medtop:13000000",
        _ => throw new ArgumentOutOfRangeException(nameof(desk), desk, "Unknown desk."),
    };

    // The nearest listed ancestor decides: specific branches first, then the 17 top-level topics.
    private static readonly Dictionary<string, string> s_deskOf = new(StringComparer.Ordinal)
    {
        ["medtop:20000225"] = Technology, // computing and information technology
        ["medtop:20000548"] = Technology, // video game
        ["medtop:20001183"] = Technology, // eSports
        ["medtop:20000086"] = Technology, // cyber crime
        ["medtop:20001361"] = Technology, // cyber warfare
        ["medtop:20001258"] = Technology, // consumer electronics
        ["medtop:20001182"] = Technology, // social media
        ["medtop:20000048"] = Technology, // online media outlet
        ["medtop:20000627"] = Technology, // data protection policy
        ["medtop:20000306"] = Entertainment, // books and publishing
        ["medtop:20000307"] = Entertainment, // film industry
        ["medtop:20000308"] = Entertainment, // music industry
        ["medtop:20000313"] = Entertainment, // radio industry
        ["medtop:20000315"] = Entertainment, // television industry
        ["medtop:01000000"] = Entertainment,
        ["medtop:02000000"] = Politics,
        ["medtop:03000000"] = Politics,
        ["medtop:04000000"] = Business,
        ["medtop:05000000"] = Politics,
        ["medtop:06000000"] = Politics,
        ["medtop:07000000"] = Politics,
        ["medtop:08000000"] = Entertainment,
        ["medtop:09000000"] = Business,
        ["medtop:10000000"] = Entertainment,
        ["medtop:11000000"] = Politics,
        ["medtop:12000000"] = Politics,
        ["medtop:13000000"] = Technology,
        ["medtop:14000000"] = Politics,
        ["medtop:15000000"] = Sport,
        ["medtop:16000000"] = Politics,
        ["medtop:17000000"] = Politics,
    };

    /// <summary>The desk that files <paramref name="code"/>, or null for an unknown code.</summary>
    public static string? DeskOf(MediaTopics topics, string code)
    {
        ArgumentNullException.ThrowIfNull(topics);
        foreach (var c in topics.SelfAndAncestors(code))
        {
            if (s_deskOf.TryGetValue(c, out var desk)) return desk;
        }
        return null;
    }
}
