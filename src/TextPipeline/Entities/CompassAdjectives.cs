using System.Collections.Frozen;

namespace TextPipeline.Entities;

/// <summary>
/// "Western", "Northern" … alone are adjectives ("Western sanctions"), not places, although models trained on text
/// where "the West" is a LOC tag them so. A one-word mention that is one of these is dropped; in a longer name
/// ("Western Australia", "Northern Ireland") it stays.
/// </summary>
internal static class CompassAdjectives
{
    private static readonly FrozenSet<string> s_words = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "western", "eastern", "northern", "southern", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "midwestern", "occidental", "oriental");

    public static bool IsLoneCompassAdjective(ReadOnlySpan<string> nameWords) => nameWords.Length == 1 && s_words.Contains(nameWords[0]);
}
