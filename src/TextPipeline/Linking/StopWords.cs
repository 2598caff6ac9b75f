using System.Collections.Frozen;

namespace TextPipeline.Linking;

/// <summary>English function words left out of similarity vectors (used when the tokenizer did not mark stop words).</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> s_words = (
        "a about above after again against all almost also although always am among an and another any anyone anything are " +
        "around as at back be became because become been before being below between both but by can cannot could did do does " +
        "doing done down during each either else enough even ever every few for from further get gets getting given go goes going " +
        "got had has have having he her here hers herself him himself his how however i if in including into is it its itself " +
        "just last least less like made make many may me might more most much must my myself near need neither never new next " +
        "no nor not now of off often on once one only or other others otherwise our ours ourselves out over own per perhaps " +
        "put rather re really said same say says see seem seemed seems several shall she should since so some still such than " +
        "that the their theirs them themselves then there therefore these they this those though three through thus to together " +
        "too toward towards two under until up upon us used very via was way we well were what whatever when where whether " +
        "which while who whole whom whose why will with within without would yet you your yours yourself yourselves mr mrs ms " +
        "told added year years time week weeks day days s t don didn doesn isn wasn aren weren won wouldn couldn shouldn hasn haven ll ve d m")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => s_words.Contains(word);
}
