using TextPipeline.Keyphrases;

namespace TextPipeline.Subjects;

/// <summary>
/// The phrases that name each Media Topic in news text, as lower-case word sequences (with the plural of the last
/// word; no stemming, which would make "cooperation" name "cooperative" and "economic" name "economics"): the IPTC label, the parts of
/// a list label ("patent, copyright and trademark" → patent, copyright, trademark), and our own names for topics whose
/// US label a British site does not use or whose news name differs ("football" for soccer, "film" for movies,
/// "athletics" for track and field). Used to label training articles (distant supervision) and, at run time, as keyword evidence beside the classifier (<see cref="SubjectKeywords"/>).
/// </summary>
public static class SubjectPhrases
{
    // Our own, written for this project (not from IPTC): names a news story uses for the topic.
    private static readonly Dictionary<string, string[]> s_own = new(StringComparer.Ordinal)
    {
        ["medtop:20001065"] = ["football", "footballer", "FA Cup", "Champions League", "Uefa Cup", "Uefa", "Fifa", "Premiership", "striker", "midfielder", "goalkeeper", "Carling Cup", "manager"],
        ["medtop:20001036"] = ["rugby", "Six Nations", "RBS Six Nations", "Heineken Cup", "fly-half", "scrum-half", "flanker", "scrum", "lineout"],
        ["medtop:20001035"] = ["rugby league", "Super League"],
        ["medtop:20000827"] = ["athletics", "athlete", "IAAF", "indoor championships", "sprinter", "sprint", "hurdles", "relay", "indoors"],
        ["medtop:20001085"] = ["Davis Cup", "Wimbledon", "Australian Open", "US Open", "French Open", "ATP", "WTA"],
        ["medtop:20000888"] = ["cricket", "cricketer", "wicket", "Ashes", "batsman"],
        ["medtop:20000960"] = ["horse racing", "jockey", "Grand National", "Cheltenham Festival"],
        ["medtop:20000991"] = ["Formula One", "F1", "motor racing"],
        ["medtop:20000856"] = ["boxer", "boxing"],
        ["medtop:20000940"] = ["golfer", "Ryder Cup"],
        ["medtop:20001104"] = ["doping", "drugs test", "drug test", "steroid", "THG", "banned substance"],
        ["medtop:20000005"] = ["film", "films", "cinema", "movie", "box office", "Hollywood"],
        ["medtop:20000029"] = ["theatre", "West End", "stage show", "playwright"],
        ["medtop:20000051"] = ["TV", "TV show", "television show", "television series", "viewers", "sitcom", "soap"],
        ["medtop:20000050"] = ["radio station", "radio show", "DJ"],
        ["medtop:20000498"] = ["award", "awards", "Oscar", "Oscars", "Bafta", "Grammy", "Brit Awards", "nominations", "prize"],
        ["medtop:20000026"] = ["pop", "pop star", "singles chart", "number one single", "chart"],
        ["medtop:20000018"] = ["singer", "band", "album", "musician", "song"],
        ["medtop:20000548"] = ["video game", "computer game", "games console", "gaming", "gamer", "gamers", "PlayStation", "Xbox", "Nintendo"],
        ["medtop:20000086"] = ["virus", "viruses", "spam", "hacker", "hackers", "phishing", "spyware", "malware", "worm"],
        ["medtop:20000234"] = ["mobile phone", "mobile phones", "mobile", "handset", "wi-fi", "3G"],
        ["medtop:20000233"] = ["broadband", "telecoms", "telephone"],
        ["medtop:20000231"] = ["software", "browser", "operating system", "Windows", "Linux", "open source"],
        ["medtop:20000226"] = ["PC", "PCs", "computer", "laptop"],
        ["medtop:20000230"] = ["chip", "chips", "processor", "microchip"],
        ["medtop:20001258"] = ["iPod", "gadget", "gadgets", "digital camera", "MP3 player", "HDTV", "DVD"],
        ["medtop:20000204"] = ["takeover", "merger", "acquisition", "buyout", "takeover bid"],
        ["medtop:20000178"] = ["profit", "profits", "earnings", "pre-tax profit", "annual profit"],
        ["medtop:20000186"] = ["shares", "share price", "stock market", "stock exchange"],
        ["medtop:20000357"] = ["economic growth", "growth", "GDP"],
        ["medtop:20000371"] = ["interest rates", "rates"],
        ["medtop:20000533"] = ["jobless", "unemployment rate", "unemployed"],
        ["medtop:20000355"] = ["dollar", "euro", "yen", "exchange rate"],
        ["medtop:20001243"] = ["oil", "crude", "Opec", "gas"],
        ["medtop:20000620"] = ["tax", "taxes", "council tax"],
        ["medtop:20000607"] = ["Budget", "spending"],
        ["medtop:20000579"] = ["general election"],
        ["medtop:20000574"] = ["election", "poll", "voters", "polling day", "campaign"],
        ["medtop:20000103"] = ["terror", "terrorist", "terrorists", "anti-terror", "terror suspects"],
        ["medtop:20000771"] = ["immigrant", "immigrants", "migrant", "migrants", "asylum"],
        ["medtop:20000400"] = ["school", "schools", "pupil", "pupils", "teacher", "teachers"],
        ["medtop:20000479"] = ["NHS", "hospital", "hospitals", "patients"],
        ["medtop:20000056"] = ["war", "troops", "military"],
        ["medtop:20000639"] = ["diplomatic", "diplomat", "diplomats", "embassy", "embassies", "ambassador", "foreign minister"],
        ["medtop:20000638"] = ["foreign policy", "bilateral", "allies", "alliance", "geopolitics", "geopolitical"],
        ["medtop:20000642"] = ["sanctions", "embargo"],
        ["medtop:20000635"] = ["nuclear programme", "nuclear program", "nuclear weapons", "denuclearization", "non-proliferation"],
        ["medtop:20000133"] = ["police", "officers"],
        ["medtop:20000121"] = ["bill", "legislation", "law"],
        ["medtop:20000505"] = ["celebrity", "celebrities", "star"],
        ["medtop:20000530"] = ["strike", "walkout", "industrial action"],
        ["medtop:20000532"] = ["pension", "pensions", "pensioners"],
        ["medtop:20000252"] = ["retailer", "retailers", "retail sales", "shops"],
        ["medtop:20000338"] = ["airline", "airlines", "aviation"],
        ["medtop:20000296"] = ["car maker", "carmaker", "car", "cars", "motor"],
    };

    /// <summary>
    /// Topics whose label is a common word with everyday senses ("game", "party", "series"): their names are no
    /// evidence that an article is about them, so they are neither distant labels nor keyword evidence.
    /// </summary>
    private static readonly HashSet<string> s_commonWordLabels = new(StringComparer.Ordinal)
    {
        "medtop:20000540", // game
        "medtop:20001143", // party
        "medtop:20001179", // series
        "medtop:20000808", // values
        "medtop:20000768", // communities
        "medtop:20000780", // family
        "medtop:20000538", // leisure
        "medtop:20000565", // lifestyle
        "medtop:20000038", // culture
        "medtop:20000788", // mankind
        "medtop:20000415", // students
        "medtop:20000593", // government
        "medtop:20000799", // social condition
        "medtop:20001237", // anniversary
        "medtop:20001238", // birthday
        "medtop:20000501", // ceremony
        "medtop:20000412", // curriculum
    };

    /// <summary>True for a topic whose label is an everyday word ("family", "game"): its name alone says nothing.</summary>
    public static bool IsCommonWordLabel(string code) => s_commonWordLabels.Contains(code);

    /// <summary>Phrases per topic code, for every topic below the top level.</summary>
    public static Dictionary<string, List<string[]>> Build(MediaTopics topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var result = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var topic in topics.All)
        {
            if (topic.Parent is null || s_commonWordLabels.Contains(topic.Code)) continue;
            var names = LabelVariants(topic.Label).Concat(s_own.GetValueOrDefault(topic.Code) ?? []);
            var phrases = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var words = PorterStemmer.Words(name).ToList();
                if (words.Count == 0) continue;
                phrases.Add(string.Join(' ', words));
                words[^1] = Plural(words[^1]);
                phrases.Add(string.Join(' ', words));
            }
            result[topic.Code] = [.. phrases.Order(StringComparer.Ordinal).Select(p => p.Split(' '))];
        }
        return result;
    }

    /// <summary>The regular English plural of a lower-case noun ("rate" → "rates", "policy" → "policies", "tax" → "taxes").</summary>
    public static string Plural(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || word.EndsWith('s') || !char.IsLetter(word[^1])) return word;
        if (word.EndsWith('y') && !"aeiou".Contains(word[^2], StringComparison.Ordinal)) return word[..^1] + "ies";
        if (word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)) return word + "es";
        return word + "s";
    }

    /// <summary>"security measures (defense)" → "security measures"; "merger or acquisition" → also "merger", "acquisition".</summary>
    public static IEnumerable<string> LabelVariants(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var paren = label.IndexOf('(', StringComparison.Ordinal);
        var bare = (paren > 0 ? label[..paren] : label).Trim();
        yield return bare;
        if (!bare.Contains(',', StringComparison.Ordinal) && !bare.Contains(" or ", StringComparison.Ordinal)) yield break;
        foreach (var part in bare.Split([", ", " and ", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return part;
        }
    }
}
