using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Typing;

/// <summary>
/// What one article is about, from its own words only (so each article is analysed alone): counts of cue words for
/// sport (and which sport), business, politics, technology and entertainment. Decides which sense of an abbreviation
/// holds ("IOC" in a sports story) and whether a town's name is its club ("Chelsea" in a football story).
/// </summary>
internal sealed class ArticleSubjects
{
    private const int MinimumCues = 3;

    private static readonly Dictionary<string, string> s_sportCues = Cues(
        ("football", "football footballer footballers striker strikers midfielder midfielders goalkeeper goalkeepers keeper defender defenders winger goal goals penalty penalties fa uefa fifa premiership"),
        ("rugby", "rugby try tries scrum scrums fly-half flanker lineout line-out hooker prop props centre wing fullback full-back conversion"),
        ("cricket", "cricket wicket wickets innings batsman batsmen bowler bowlers bowling overs spinner odi"),
        ("tennis", "tennis seed seeded seeds serve sets tie-break atp wta"),
        ("athletics", "athletics sprinter sprint sprinters marathon hurdles hurdler relay metres"),
        ("basketball", "basketball nba"),
        ("american-football", "nfl quarterback touchdown"),
        ("baseball", "baseball pitcher innings mlb"),
        ("ice-hockey", "hockey nhl"));

    private static readonly HashSet<string> s_generalSport = Words(
        "sport sports match matches season coach squad tournament championship championships champion champions medal medals league cup victory defeat " +
        "fixture fixtures referee stadium player players team teams club clubs captain injury injured final semi-final quarter-final title win won beat draw");

    private static readonly Dictionary<string, HashSet<string>> s_subjectCues = new(StringComparer.Ordinal)
    {
        ["business"] = Words("shares share profit profits market markets economy economic firm firms company companies investors sales prices growth " +
            "inflation revenue revenues bank banks stock oil dollar interest rates bid takeover deal chief executive"),
        ["politics"] = Words("election elections minister ministers government party parties mps mp vote votes voters parliament campaign policy " +
            "secretary tory tories labour conservative conservatives democrats commons lords bill"),
        ["tech"] = Words("software computer computers internet online users mobile phone phones digital technology broadband website web net virus " +
            "e-mail email spam gadget gadgets console consoles hackers"),
        ["entertainment"] = Words("film films music album albums band bands singer actor actress award awards show chart charts star stars festival " +
            "box oscar oscars movie movies director comedy drama"),
    };

    /// <summary>Every cue word with the sport it names (or null) and the subjects it counts for.</summary>
    private static readonly Dictionary<string, (string? Sport, string[] Subjects)> s_cues = BuildCueIndex();

    private readonly Dictionary<string, int> _counts;

    private ArticleSubjects(Dictionary<string, int> counts, string? sport)
    {
        _counts = counts;
        Sport = sport;
    }

    /// <summary>The article's sport ("football", "rugby", "cricket" …) when it is a sports story, else null.</summary>
    public string? Sport { get; }

    /// <summary>
    /// True when sport cues are frequent and no other subject has more: a politics story that "won", "beat" and "won
    /// the title" is not a sports story (Lord Liverpool is not Liverpool FC).
    /// </summary>
    public bool IsSport { get; private init; }

    /// <summary>True when the article is about <paramref name="subject"/> (sport, business, politics, tech, entertainment).</summary>
    public bool Has(string subject) => subject == "sport" ? IsSport : _counts.GetValueOrDefault(subject) >= MinimumCues;

    public static ArticleSubjects Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sports = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in document.Tokens)
        {
            if (token.Norm.Length < 2 || !s_cues.TryGetValue(token.Norm, out var cue)) continue;
            if (cue.Sport is { } sport) sports[sport] = sports.GetValueOrDefault(sport) + 1;
            foreach (var subject in cue.Subjects) counts[subject] = counts.GetValueOrDefault(subject) + 1;
        }
        // A sports story names its sport's own words at least twice; the most named sport wins (ties: none).
        string? best = null;
        var bestCount = 1;
        var tie = false;
        foreach (var (sport, n) in sports.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (n > bestCount) { best = sport; bestCount = n; tie = false; }
            else if (n == bestCount && best is not null) tie = true;
        }
        var sportCues = counts.GetValueOrDefault("sport");
        var isSport = sportCues >= MinimumCues && counts.Where(kv => kv.Key != "sport").All(kv => kv.Value <= sportCues);
        return new ArticleSubjects(counts, isSport && !tie ? best : null) { IsSport = isSport };
    }

    private static Dictionary<string, (string? Sport, string[] Subjects)> BuildCueIndex()
    {
        var words = s_sportCues.Keys.Concat(s_generalSport).Concat(s_subjectCues.Values.SelectMany(v => v)).Distinct(StringComparer.Ordinal);
        var index = new Dictionary<string, (string?, string[])>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            var sport = s_sportCues.GetValueOrDefault(w);
            var subjects = new List<string>();
            if (sport is not null || s_generalSport.Contains(w)) subjects.Add("sport");
            subjects.AddRange(s_subjectCues.Where(kv => kv.Value.Contains(w)).Select(kv => kv.Key));
            index[w] = (sport, [.. subjects]);
        }
        return index;
    }

    private static Dictionary<string, string> Cues(params (string Sport, string Words)[] lists)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (sport, words) in lists)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map.TryAdd(w, sport);
        }
        return map;
    }

    private static HashSet<string> Words(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
