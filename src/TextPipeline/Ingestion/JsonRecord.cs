using System.Globalization;
using System.Text.Json;

namespace TextPipeline.Ingestion;

/// <summary>
/// Reads the article fields of one JSON object in any of the shapes sites export: our own records
/// (<c>id, title, body|text|content, url, author, published</c>), JSON Feed items (<c>content_html</c>,
/// <c>content_text</c>, <c>date_published</c>, <c>authors</c>), WordPress REST posts (<c>title.rendered</c>,
/// <c>content.rendered</c>, <c>link</c>, <c>date_gmt</c>, embedded author) and schema.org articles (<c>headline</c>,
/// <c>articleBody</c>, <c>datePublished</c>, <c>author.name</c>, <c>mainEntityOfPage</c>).
/// </summary>
internal static class JsonRecord
{
    public static RecordFields Read(JsonElement item)
    {
        var (body, html) = Body(item);
        return new RecordFields(
            Id(item),
            Text(item, "title") ?? Text(item, "headline") ?? (IsSchemaArticle(item) ? Text(item, "name") : null),
            body,
            Text(item, "url") ?? Text(item, "link") ?? Text(item, "external_url") ?? MainEntity(item),
            Author(item),
            Text(item, "published") ?? Text(item, "date_published") ?? Text(item, "datePublished") ?? Gmt(Text(item, "date_gmt"))
                ?? Text(item, "date") ?? Text(item, "pubDate") ?? Text(item, "dateCreated"),
            html);
    }

    /// <summary>True for an object whose <c>@type</c> names an article (NewsArticle, BlogPosting, …).</summary>
    public static bool IsSchemaArticle(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || !TryGet(item, "@type", out var type)) return false;
        IEnumerable<JsonElement> types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : [type];
        foreach (var t in types)
        {
            var name = t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
            if (name.EndsWith("Article", StringComparison.Ordinal) || name.EndsWith("Posting", StringComparison.Ordinal)
                || name is "Report" or "Review") return true;
        }
        return false;
    }

    private static (string? Body, bool Html) Body(JsonElement item)
    {
        foreach (var name in RecordFields.BodyNames)
        {
            if (!TryGet(item, name, out var value)) continue;
            if (value.ValueKind == JsonValueKind.Object && TryGet(value, "rendered", out var rendered) && rendered.ValueKind == JsonValueKind.String)
            {
                return (rendered.GetString(), true); // WordPress: content.rendered is HTML
            }
            if (Scalar(value) is { } text) return (text, false);
        }
        if (Text(item, "content_html") is { } contentHtml) return (contentHtml, true);
        if (Text(item, "content_text") is { } contentText) return (contentText, false);
        if (Text(item, "articleBody") is { } articleBody) return (articleBody, false);
        return (null, false);
    }

    private static string? Id(JsonElement item)
    {
        if (TryGet(item, "id", out var id))
        {
            if (Scalar(id) is { } s) return s;
        }
        if (TryGet(item, "guid", out var guid))
        {
            return guid.ValueKind == JsonValueKind.Object && TryGet(guid, "rendered", out var r) ? Scalar(r) : Scalar(guid);
        }
        return null;
    }

    private static string? Author(JsonElement item)
    {
        foreach (var name in new[] { "author", "authors", "creator" })
        {
            if (TryGet(item, name, out var value) && Names(value) is { } names) return names;
        }
        // WordPress REST with ?_embed: the author's name is under _embedded.author[].name (author itself is a number).
        if (TryGet(item, "_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object
            && TryGet(embedded, "author", out var embeddedAuthor) && Names(embeddedAuthor) is { } embeddedNames)
        {
            return embeddedNames;
        }
        return null;
    }

    private static string? Names(JsonElement value)
    {
        IEnumerable<JsonElement> items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        var names = items
            .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()
                : x.ValueKind == JsonValueKind.Object && TryGet(x, "name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null)
            .Where(x => !string.IsNullOrWhiteSpace(x))
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? MainEntity(JsonElement item)
    {
        if (!TryGet(item, "mainEntityOfPage", out var main)) return null;
        if (main.ValueKind == JsonValueKind.String) return main.GetString();
        return main.ValueKind == JsonValueKind.Object ? Text(main, "@id") ?? Text(main, "url") : null;
    }

    /// <summary>WordPress's <c>date_gmt</c> has no zone designator although it is UTC.</summary>
    private static string? Gmt(string? value) =>
        value is null || value.EndsWith('Z') || value.Contains('+', StringComparison.Ordinal) ? value : value + "Z";

    /// <summary>A string field, or the <c>rendered</c> string of a WordPress object field.</summary>
    private static string? Text(JsonElement item, string name)
    {
        if (!TryGet(item, name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Object)
        {
            return TryGet(value, "rendered", out var rendered) ? Decode(Scalar(rendered))
                : TryGet(value, "name", out var named) ? Scalar(named) : null;
        }
        return Scalar(value);
    }

    /// <summary>WordPress renders titles as HTML ("Tom &amp;amp; Jerry"); the article's title is text.</summary>
    private static string? Decode(string? html) => html is null ? null : System.Net.WebUtility.HtmlDecode(html);

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
        _ => null,
    };

    /// <summary>Case-insensitive property lookup (first match), as record field names are.</summary>
    private static bool TryGet(JsonElement item, string name, out JsonElement value)
    {
        if (item.ValueKind == JsonValueKind.Object)
        {
            if (item.TryGetProperty(name, out value)) return true;
            foreach (var property in item.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }
        value = default;
        return false;
    }
}
