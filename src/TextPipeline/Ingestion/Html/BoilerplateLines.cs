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
        "sharing is caring", "like this:", "you may also like", "recommended", "more from", "tap here", "download the app", "cookie", "like this story",
    ];

    /// <summary>Calls to action that mark a short block as chrome wherever they occur in it.</summary>
    private static readonly string[] s_anywherePhrases =
        ["subscribe to", "newsletter", "share it with", "follow us on", "click here", "sign up for our"];

    private static readonly string[] s_months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm", "est", "edt", "gmt", "utc", "updated", "published"];

    /// <summary>A short line made only of date and time words ("23 Nov 2017", "Nov. 20, 2019 5:52 AM EST").</summary>
    private static bool IsDateline(string lower)
    {
        if (lower.Length > 50) return false;
        var words = lower.Split([' ', ',', '.', ':', '/', '-', '|'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        bool hasDigits = false, hasDateWord = false;
        foreach (var word in words)
        {
            if (word.All(char.IsAsciiDigit)) { hasDigits = true; continue; }
            if ((word.Length >= 3 && Array.Exists(s_months, m => word.StartsWith(m, StringComparison.Ordinal))) || Array.IndexOf(s_months, word) >= 0)
            {
                hasDateWord = true;
                continue;
            }
            return false;
        }
        // Both are needed: a lone number is a table cell, not a dateline.
        return hasDigits && hasDateWord;
    }

    /// <summary>"By Jane Reporter - 11/18/19": a short author line without sentence punctuation.</summary>
    private static bool IsByline(string block) =>
        block.Length < 80 && block.StartsWith("By ", StringComparison.Ordinal) && !block.EndsWith('.') && !block.Contains(". ", StringComparison.Ordinal);

    /// <summary>
    /// A paragraph that is mostly a link but reads as cited content: a bare URL, or a link with words or brackets around it
    /// ("[ Engadget ]"). A paragraph that is one whole link is a related-story teaser.
    /// </summary>
    private static bool IsCitedLink(string block, int chars, int linkChars) =>
        linkChars < chars || block.StartsWith("http", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] s_chromeHeadings =
        ["comments", "related", "like this", "you may also like", "more great", "more stories", "popular", "most read", "trending", "more from", "read more", "share this"];

    /// <summary>Headings that open a chrome section (comments, related stories) rather than a part of the article.</summary>
    private static bool IsChromeHeading(string lower)
    {
        foreach (var phrase in s_chromeHeadings)
        {
            if (lower.StartsWith(phrase, StringComparison.Ordinal) && lower.Length < phrase.Length + 20) return true;
        }
        return false;
    }

    public static bool IsBoilerplate(string block, int chars, int linkChars, bool isHeading, bool isParagraph)
    {
        if (chars == 0) return true;
        if (linkChars * 2 > chars && chars < 300 && !(isParagraph && IsCitedLink(block, chars, linkChars))) return true;
        if (chars > ShortBlockChars) return false;
        var lower = block.ToLowerInvariant();
        if (isHeading || lower.Length < 40)
        {
            if (IsChromeHeading(lower)) return true;
            if (isHeading) return false;
        }
        if (IsDateline(lower) || IsByline(block)) return true;
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
