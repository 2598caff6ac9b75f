using System.Collections.Frozen;

namespace TextPipeline.Topics;

/// <summary>
/// Words that never make a topic term: English function words plus words common to every news article
/// (reporting verbs, time words, "said", "year"). Without the news words every topic's top terms start with them.
/// </summary>
internal static class StopWords
{
    private const string Function =
        "a about above across after afterwards again against all almost alone along already also although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at " +
        "back be became because become becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down during " +
        "each either else elsewhere enough etc even ever every everyone everything everywhere except few for former formerly from further had has have having he hence her here hereafter hereby herein " +
        "hers herself him himself his how however i if in indeed instead into is it its itself just last least less many may me meanwhile might mine more moreover most mostly much must my myself " +
        "namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own " +
        "per perhaps please quite rather really same several she should since so some somehow someone something sometime sometimes somewhere still such than that the their theirs them themselves then " +
        "thence there thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to together too toward towards under until up upon us very via " +
        "was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with " +
        "within without would yet you your yours yourself yourselves let lets get gets got getting go goes going gone went make makes made making take takes took taken " +
        "s t don doesn didn isn wasn aren weren won wouldn shouldn couldn hasn haven hadn ll ve re mr mrs ms dr";

    private const string News =
        "said says say saying told tell tells according added add adds asked ask claimed claim claims reported report reports statement " +
        "year years month months week weeks day days today yesterday tomorrow time times monday tuesday wednesday thursday friday saturday sunday " +
        "january february march april may june july august september october november december " +
        "new old first second third last next previous former latest recent recently early earlier late later " +
        "people person thing things way ways lot lots part number numbers place end group area use used using " +
        "good better best big bigger biggest great little small large long high higher low lower able likely sure clear real " +
        "want wants wanted need needs needed think thinks thought know knows known come comes came see sees seen look looks looked " +
        "put puts give gives given gave find finds found work works worked show shows showed shown set sets call called calls " +
        "mean means meant keep kept try tried help helped like including include includes included bbc news told " +
        "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million millions billion billions " +
        "per cent percent";

    public static FrozenSet<string> Set { get; } =
        (Function + " " + News).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Set.Contains(word);
}
