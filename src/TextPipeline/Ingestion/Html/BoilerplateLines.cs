namespace TextPipeline.Ingestion.Html;

/// <summary>Single blocks that are chrome even inside the article container: link lines, "Advertisement", share prompts.</summary>
internal static class BoilerplateLines
{
    private const int ShortBlockChars = 120;

    private static readonly string[] s_shortPhrases =
    [
        "advertisement", "advert", "sponsored", "this slideshow requires javascript", "share this", "share on", "share article", "read more", "read next", "see also",
        "related:", "related articles", "related stories", "sign up", "subscribe", "newsletter", "follow us", "click here",
        "all rights reserved", "copyright ©", "©", "comments", "skip to", "image:", "photo:", "getty images", "loading",
        "you may also like", "recommended", "more from", "tap here", "download the app", "cookie", "like this story",
    ];

    /// <summary>Calls to action that mark a short block as chrome wherever they occur in it.</summary>
    private static readonly string[] s_anywherePhrases =
        ["subscribe to", "newsletter", "share it with", "follow us on", "click here", "sign up for our"];

    public static bool IsBoilerplate(string block, int chars, int linkChars, bool isHeading)
    {
        if (chars == 0) return true;
        if (linkChars * 2 > chars && chars < 300) return true;
        if (chars > ShortBlockChars || isHeading) return false;
        var lower = block.ToLowerInvariant();
        foreach (var phrase in s_anywherePhrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal)) return true;
        }
        foreach (var phrase in s_shortPhrases)
        {
            if (lower.StartsWith(phrase, StringComparison.Ordinal) || (lower.Length < 40 && lower.Contains(phrase, StringComparison.Ordinal))) return true;
        }
        return false;
    }
}
