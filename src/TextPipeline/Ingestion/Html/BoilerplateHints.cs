using AngleSharp.Dom;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// What class names, ids, roles and tags say about an element: likely boilerplate (navigation, comments, share bars,
/// related lists, ads) or likely article body. Matching is by lower-case substring over "class id", as readability does
/// with its regular expressions, without regexes.
/// </summary>
internal static class BoilerplateHints
{
    /// <summary>Tags never part of an article's text.</summary>
    public static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "button",
        "select", "input", "textarea", "nav", "aside", "footer", "link", "meta", "head", "title", "dialog", "menu",
        "video", "audio", "map", "source",
    };

    private static readonly string[] s_unlikely =
    [
        "-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
        "cookie", "consent", "cover-wrap", "disqus", "footer", "gdpr", "header", "legends", "menu", "masthead", "newsletter",
        "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "share", "sharing", "sponsor",
        "supplemental", "pagination", "pager", "popup", "promo", "subscribe", "signup", "outbrain", "taboola", "recommend",
        "trending", "most-popular", "mostpopular", "read-more", "readmore", "more-stories", "toolbar", "byline", "author",
        "dateline", "timestamp", "caption", "credit", "tags", "tag-list", "topics", "sr-only", "visually-hidden",
        "screen-reader", "print-only", "modal", "overlay", "paywall", "inline-ad", "ad-container", "ad-slot", "adslot",
        "dfp", "widget", "nav", "tooltip", "popover", "hovercard", "rollover",
    ];

    /// <summary>Chrome names that stay chrome even next to a body-like word ("author-content", "related-content").</summary>
    private static readonly string[] s_certainlyChrome =
    [
        "post-author", "author-bio", "about-author", "author-box", "author-info", "author-content", "comment", "related",
        "share", "newsletter", "recommend", "most-popular", "cookie",
    ];

    private static readonly string[] s_maybe = ["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post", "text", "embed"];

    private static readonly string[] s_positive =
        ["article", "body", "content", "entry", "hentry", "h-entry", "main", "post", "text", "blog", "story"];

    private static readonly string[] s_negative =
    [
        "-ad-", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "widget", "byline", "author", "caption", "newsletter", "subscribe", "social", "recommend", "nav", "menu",
    ];

    private static readonly HashSet<string> s_boilerplateRoles = new(StringComparer.Ordinal)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };

    private static readonly string[] s_articleBodyNames =
    [
        "entry-content", "post-body", "post-content", "postbody", "article-body", "articlebody", "article__body",
        "article-content", "articlecontent", "story-body", "storybody", "story-content", "body-text", "article-text",
        "richtextbody", "post-entry", "single-content", "td-post-content",
    ];

    /// <summary>A container named like an article body (or marked <c>itemprop=articleBody</c>): its ancestors are never pruned by name.</summary>
    public static bool IsNamedArticleBody(IElement element, string signature)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return true;
        return signature.Length > 0 && ContainsAny(signature, s_articleBodyNames);
    }

    /// <summary>"class id" in lower case, for substring tests.</summary>
    public static string Signature(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id)) return "";
        return (cls + " " + id).ToLowerInvariant();
    }

    /// <summary>True when the element looks like site chrome and is not plausibly the article itself.</summary>
    public static bool IsUnlikely(IElement element, string signature)
    {
        var role = element.GetAttribute("role");
        if (role is not null && s_boilerplateRoles.Contains(role.ToLowerInvariant())) return true;
        if (signature.Length == 0) return false;
        if (element.LocalName is "body" or "a" or "article" or "main" or "html") return false;
        return ContainsAny(signature, s_certainlyChrome) || (ContainsAny(signature, s_unlikely) && !ContainsAny(signature, s_maybe));
    }

    /// <summary>readability's class weight: +25 for body-like names, −25 for chrome-like names (class and id each).</summary>
    public static int ClassWeight(IElement element)
    {
        var weight = 0;
        var cls = element.GetAttribute("class");
        if (!string.IsNullOrEmpty(cls)) weight += Weigh(cls.ToLowerInvariant());
        var id = element.Id;
        if (!string.IsNullOrEmpty(id)) weight += Weigh(id.ToLowerInvariant());
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) weight += 50;
        return weight;

        static int Weigh(string name) =>
            (ContainsAny(name, s_negative) ? -25 : 0) + (ContainsAny(name, s_positive) ? 25 : 0);
    }

    /// <summary>Hidden by markup: the <c>hidden</c> attribute, <c>aria-hidden</c>, or an inline <c>display:none</c>.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style)) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    public static bool ContainsAny(string haystack, string[] needles)
    {
        foreach (var needle in needles)
        {
            if (haystack.Contains(needle, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
