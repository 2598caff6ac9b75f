namespace TextPipeline.Ingestion.Html;

/// <summary>
/// Strips the site name that pages append (or prepend) to their titles: "Apple's new chip – TechCrunch",
/// "Storm hits coast | BBC News", "Reuters - Markets fall". A part is removed when it names the site (og:site_name,
/// application-name, JSON-LD publisher, or the URL's domain), or when it is a short tail (at most four words) after a
/// strong separator (| – — · » ::) and what remains is a full headline (four words or more).
/// </summary>
internal static class TitleCleaner
{
    private static readonly string[] s_strong = [" | ", " – ", " — ", " · ", " » ", " :: ", " // "];
    private const string Hyphen = " - ";

    public static string? StripSiteName(string? title, IReadOnlyCollection<string> siteNames)
    {
        if (title is null) return null;
        foreach (var separator in s_strong.Append(Hyphen))
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var head = title[..at].Trim();
                var tail = title[(at + separator.Length)..].Trim();
                if (NamesSite(tail, siteNames) || (separator != Hyphen && IsShortTail(tail) && Words(head) >= 4)) return head;
            }
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0)
            {
                var lead = title[..first].Trim();
                var rest = title[(first + separator.Length)..].Trim();
                if (NamesSite(lead, siteNames) && Words(rest) >= 3) return rest;
            }
        }
        return title;
    }

    private static bool NamesSite(string part, IReadOnlyCollection<string> siteNames)
    {
        var key = Normalise(part);
        if (key.Length == 0) return false;
        foreach (var site in siteNames)
        {
            var name = Normalise(site);
            if (name.Length > 0 && (key == name || key == "the" + name || "the" + key == name)) return true;
        }
        return false;
    }

    private static bool IsShortTail(string tail) => Words(tail) <= 4 && tail.Length <= 40 && !tail.EndsWith('?') && !tail.EndsWith('!');

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Lower-case letters and digits only: "BBC News" ~ "bbcnews" ~ "bbc.co.uk/news" is not needed, "TechCrunch" ~ "techcrunch.com" is.</summary>
    private static string Normalise(string name)
    {
        var s = name.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "https://", "http://", "www." })
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal)) s = s[prefix.Length..];
        }
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0) s = s[..slash];
        foreach (var suffix in new[] { ".com", ".co.uk", ".org", ".net", ".de", ".fr", ".io", ".co" })
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal)) s = s[..^suffix.Length];
        }
        return string.Concat(s.Where(char.IsLetterOrDigit));
    }
}
