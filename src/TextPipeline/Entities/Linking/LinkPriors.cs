using TextPipeline.Entities.Gazetteers;

namespace TextPipeline.Entities.Linking;

/// <summary>
/// How much a gazetteer entry is believed before the article's evidence: curated lists (countries, US states, our own
/// lists, international organisations' full names, the site's list) high; large GeoNames places high; small places,
/// common words ("Bank", "Reading"), ASCII spellings of accented names ("Bush" for "Būsh") and list abbreviations low,
/// so they need support from the article.
/// </summary>
internal static class LinkPriors
{
    /// <summary>Population from which a GeoNames place may be linked without the article naming its country.</summary>
    public const long LargePlace = 300_000;

    /// <summary>Lower-case occurrences (word-cluster corpus) from which a one-word name is also a common word.</summary>
    public const int CommonWord = 20;

    /// <summary>Lists written or checked by people for news use: an exact name there is a reliable entity.</summary>
    public static bool IsCurated(GazetteerEntry e) => e.Source is "countries" or "us-states" or "own" or "own-places" or "own-companies"
        or "own-clubs" or "own-senses" or "own-groups" or "own-bands" or "io" or "user" || e.Source.Length == 0;

    public static double Of(GazetteerEntry e, bool exactName) => e.Source switch
    {
        "user" => 1.0,
        "own" or "own-places" or "own-companies" or "own-clubs" or "own-senses" or "own-bands" or "countries" or "us-states" or "" => 0.95,
        "io" => exactName ? 0.95 : 0.85,
        "leaders" => 0.9,
        "sp500" => exactName ? 0.9 : 0.8,
        "us-news" => 0.7,
        "geonames" => e.Population >= 1_000_000 ? 0.9 : e.Population >= 100_000 ? 0.8 : 0.7,
        _ => 0.6,
    };
}
