using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TextPipeline.Ingestion.Html;

/// <summary>Title, author, published date (raw) and canonical URL from meta tags, JSON-LD, and the page's markup.</summary>
internal static class HtmlMetadataReader
{
    public sealed record PageMetadata(string? Title, string? Author, string? Published, string? Url);

    public static PageMetadata Read(IHtmlDocument document)
    {
        var meta = ReadMetaTags(document);
        var ld = JsonLdArticle.Read(document);
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (meta.TryGetValue(key, out var value)) return value;
            }
            return null;
        }

        var url0 = Clean(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? Clean(Meta("og:url")) ?? Clean(ld.Url);
        string[] siteNames = [.. new[] { Meta("og:site_name"), Meta("application-name"), Meta("twitter:site")?.TrimStart('@'), ld.Publisher, Host(url0) }.OfType<string>()];
        var title = TitleCleaner.StripSiteName(Clean(Meta("og:title", "twitter:title")) ?? Clean(ld.Headline)
            ?? Clean(document.QuerySelector("h1")?.TextContent) ?? Clean(document.Title), siteNames);
        var author = Clean(ld.Author) ?? NotUrl(Meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"))
            ?? Clean(document.QuerySelector("[rel~=author]")?.TextContent) ?? Clean(document.QuerySelector("[itemprop~=author]")?.TextContent);
        if (author is not null && author.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) author = Clean(author[3..]);
        var published = Date(ld.DatePublished) ?? Date(Meta("article:published_time", "datepublished", "date", "pubdate",
                "publishdate", "publish-date", "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "og:published_time"))
            ?? Date(document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"))
            ?? Date(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = url0;
        return new PageMetadata(title, author, published, url);
    }

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    /// <summary>First <c>content</c> per lower-cased <c>name</c>/<c>property</c>/<c>itemprop</c>.</summary>
    private static Dictionary<string, string> ReadMetaTags(IHtmlDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attribute in new[] { "property", "name", "itemprop" })
            {
                var key = element.GetAttribute(attribute);
                if (!string.IsNullOrEmpty(key)) values.TryAdd(key.Trim().ToLowerInvariant(), content);
            }
        }
        return values;
    }

    /// <summary>A raw date, unless it is a CMS placeholder such as 0001-01-01 (then the next source is tried).</summary>
    private static string? Date(string? value)
    {
        var clean = Clean(value);
        return clean is null || clean.StartsWith("0000", StringComparison.Ordinal) || clean.StartsWith("0001", StringComparison.Ordinal) ? null : clean;
    }

    private static string? NotUrl(string? value) =>
        value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : Clean(value);

    internal static string? Clean(string? value)
    {
        if (value is null) return null;
        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>The first JSON-LD object that describes an article (any <c>@type</c> ending in Article or Posting, or with a headline).</summary>
    private sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Url, string? Publisher = null)
    {
        private static readonly JsonLdArticle s_none = new(null, null, null, null);

        public static JsonLdArticle Read(IHtmlDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script"))
            {
                var type = script.GetAttribute("type");
                if (type is null || !type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
                try
                {
                    using var json = JsonDocument.Parse(JsonEscapes.ReplaceLoneSurrogates(script.TextContent, out _), new JsonDocumentOptions
                    {
                        AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64,
                    });
                    var found = FindArticle(json.RootElement, 0);
                    if (found is not null) return found;
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
                {
                    // Broken JSON-LD is common; the meta tags still apply, and the article text never depends on it.
                }
            }
            return s_none;
        }

        private static JsonLdArticle? FindArticle(JsonElement element, int depth)
        {
            if (depth > 8) return null;
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item, depth + 1) is { } found) return found;
                }
                return null;
            }
            if (element.ValueKind != JsonValueKind.Object) return null;
            if (IsArticle(element))
            {
                return new JsonLdArticle(String(element, "headline") ?? String(element, "name"), AuthorOf(element),
                    String(element, "datePublished") ?? String(element, "dateCreated"), String(element, "url") ?? MainEntityId(element),
                    element.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object ? String(publisher, "name") : null);
            }
            return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
        }

        private static bool IsArticle(JsonElement element)
        {
            if (!element.TryGetProperty("@type", out var type)) return element.TryGetProperty("headline", out _);
            IEnumerable<JsonElement> types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : [type];
            foreach (var t in types)
            {
                var name = t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
                if (name.EndsWith("Article", StringComparison.Ordinal) || name.EndsWith("Posting", StringComparison.Ordinal)
                    || name is "Report" or "Review" or "LiveBlogPosting") return true;
            }
            return false;
        }

        private static string? AuthorOf(JsonElement element)
        {
            if (!element.TryGetProperty("author", out var author)) return null;
            var names = new List<string>();
            IEnumerable<JsonElement> items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray() : [author];
            foreach (var item in items)
            {
                var name = item.ValueKind == JsonValueKind.String ? item.GetString()
                    : item.ValueKind == JsonValueKind.Object ? String(item, "name") : null;
                if (Clean(name) is { } n && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase)) names.Add(n);
            }
            return names.Count == 0 ? null : string.Join(", ", names);
        }

        private static string? MainEntityId(JsonElement element) =>
            element.TryGetProperty("mainEntityOfPage", out var main)
                ? main.ValueKind == JsonValueKind.String ? main.GetString() : main.ValueKind == JsonValueKind.Object ? String(main, "@id") : null
                : null;

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
