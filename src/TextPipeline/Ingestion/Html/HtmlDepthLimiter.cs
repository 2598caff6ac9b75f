namespace TextPipeline.Ingestion.Html;

/// <summary>
/// Keeps HTML nesting within what a real page uses before AngleSharp parses it: the HTML5 tree builder checks its
/// stack of open elements for every tag, so 100,000 nested &lt;div&gt;s cost minutes. Start and end tags nested deeper
/// than <see cref="MaxDepth"/> are overwritten with spaces of the same length: their text stays, and every source
/// offset (diagnostic positions) stays where it was. Elements whose end tag may be left out (p, li, td, …) and void
/// elements do not count as nesting; raw-text elements (script, style, textarea, title) and comments are skipped.
/// </summary>
internal static class HtmlDepthLimiter
{
    /// <summary>Real pages nest a few dozen levels, templates seldom more than 100.</summary>
    public const int MaxDepth = 400;

    private static readonly HashSet<string> s_notNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // elements whose end tag is optional: browsers close them implicitly
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "rtc",
        "html", "head", "body",
    };

    private static readonly string[] s_rawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <summary>The HTML with over-deep tags blanked, and how many tags were blanked (0: the input is returned as is).</summary>
    public static string Limit(string html, int maxDepth, out int blanked)
    {
        ArgumentNullException.ThrowIfNull(html);
        blanked = 0;
        char[]? chars = null;
        var depth = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i < html.Length - 1)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                var close = html.StartsWith("<!--", StringComparison.Ordinal) || string.CompareOrdinal(html, i, "<!--", 0, 4) == 0
                    ? IndexOf(html, "-->", i + 4) : html.IndexOf('>', i);
                i = close < 0 ? -1 : html.IndexOf('<', close);
                continue;
            }
            var isEnd = next == '/';
            var nameStart = isEnd ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = html.IndexOf('<', i + 1);
                continue;
            }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosing = html[tagEnd - 1] == '/';
            if (!isEnd && IsRawText(name))
            {
                var endTag = IndexOfEndTag(html, name.ToString(), tagEnd + 1);
                i = endTag < 0 ? -1 : html.IndexOf('<', endTag + 1);
                continue;
            }
            if (!selfClosing && !s_notNesting.Contains(name.ToString()))
            {
                var over = isEnd ? depth > maxDepth : depth >= maxDepth;
                if (isEnd) depth = Math.Max(0, depth - 1);
                else depth++;
                if (over)
                {
                    chars ??= html.ToCharArray();
                    Array.Fill(chars, ' ', i, tagEnd - i + 1);
                    blanked++;
                }
            }
            i = html.IndexOf('<', tagEnd + 1);
        }
        return chars is null ? html : new string(chars);
    }

    private static bool IsRawText(ReadOnlySpan<char> name)
    {
        foreach (var raw in s_rawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static int IndexOf(string html, string value, int start) =>
        start >= html.Length ? -1 : html.IndexOf(value, start, StringComparison.Ordinal);

    private static int IndexOfEndTag(string html, string name, int start) =>
        start >= html.Length ? -1 : html.IndexOf("</" + name, start, StringComparison.OrdinalIgnoreCase);
}
