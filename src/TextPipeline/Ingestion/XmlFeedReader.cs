using System.Xml;
using System.Xml.Linq;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds item by item with a streaming XmlReader: each <c>item</c>/<c>entry</c>
/// becomes one record with its line and column, a syntax error keeps every item before it, and DTDs are ignored (no
/// entity expansion, nothing fetched). The body is <c>content:encoded</c>, else Atom <c>content</c>, else
/// <c>description</c>/<c>summary</c>; HTML bodies (<c>content:encoded</c>, Atom <c>type="html"</c>/<c>"xhtml"</c>, or
/// a description that looks like markup) go through the HTML path.
/// </summary>
internal static class XmlFeedReader
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace s_content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace s_dc = "http://purl.org/dc/elements/1.1/";

    public sealed record Item(RecordFields Fields, int Row, LinePosition Position);

    /// <summary>
    /// Calls <paramref name="onItem"/> for each item. Returns the problem that stopped reading (an XML syntax error, or
    /// a document that is not a feed) with its position, or null.
    /// </summary>
    public static (string Message, LinePosition Position, bool NotAFeed)? Read(string text, Action<Item> onItem)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1024,
        };
        using var input = new StringReader(text);
        using var reader = XmlReader.Create(input, settings);
        var info = (IXmlLineInfo)reader;
        var row = 0;
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element) return ("the file holds no XML element", new LinePosition(0, 0), true);
            var root = reader.LocalName;
            if (root is not ("rss" or "feed" or "RDF"))
            {
                return ($"the root element is <{reader.Name}>, not <rss> or <feed>", Position(info), true);
            }
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
                {
                    var at = Position(info);
                    var element = (XElement)XNode.ReadFrom(reader); // moves past the item
                    onItem(new Item(element.Name.Namespace == s_atom ? FromAtom(element) : FromRss(element), ++row, at));
                    continue;
                }
                reader.Read();
            }
            return null;
        }
        catch (XmlException e)
        {
            return (e.Message, new LinePosition(Math.Max(0, e.LineNumber - 1), Math.Max(0, e.LinePosition - 1)), false);
        }
    }

    private static LinePosition Position(IXmlLineInfo info) =>
        info.HasLineInfo() ? new LinePosition(info.LineNumber - 1, Math.Max(0, info.LinePosition - 2)) : new LinePosition(0, 0);

    private static RecordFields FromRss(XElement item)
    {
        var encoded = Value(item, s_content + "encoded");
        var body = encoded ?? Value(item, "description") ?? Value(item, s_atom + "content");
        return new RecordFields(
            Value(item, "guid") ?? Value(item, "link"),
            Value(item, "title"),
            body,
            Value(item, "link") ?? PermalinkGuid(item),
            Value(item, s_dc + "creator") ?? Value(item, "author"),
            Value(item, "pubDate") ?? Value(item, s_dc + "date"),
            BodyIsHtml: encoded is not null);
    }

    private static RecordFields FromAtom(XElement entry)
    {
        var content = entry.Element(s_atom + "content") ?? entry.Element(s_atom + "summary");
        var body = content is null ? null : AtomText(content);
        var link = entry.Elements(s_atom + "link")
            .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        var authors = entry.Elements(s_atom + "author").Select(a => Value(a, s_atom + "name")).OfType<string>().ToList();
        return new RecordFields(
            Value(entry, s_atom + "id"),
            entry.Element(s_atom + "title") is { } title ? Clean(AtomTitle(title)) : null,
            body,
            link,
            authors.Count == 0 ? null : string.Join(", ", authors),
            Value(entry, s_atom + "published") ?? Value(entry, s_atom + "updated"),
            BodyIsHtml: content is not null && (string?)content.Attribute("type") is "html" or "xhtml");
    }

    /// <summary>Atom text constructs: <c>type="xhtml"</c> holds markup as child elements, html and text hold it as text.</summary>
    private static string AtomText(XElement content) =>
        (string?)content.Attribute("type") == "xhtml"
            ? string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : content.Value;

    private static string AtomTitle(XElement title) =>
        (string?)title.Attribute("type") is "html" or "xhtml" ? System.Net.WebUtility.HtmlDecode(StripTags(AtomText(title))) : title.Value;

    private static string StripTags(string html)
    {
        var text = new System.Text.StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            else if (!inTag) text.Append(c);
        }
        return text.ToString();
    }

    private static string? PermalinkGuid(XElement item) =>
        item.Element("guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false" && guid.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? guid.Value.Trim() : null;

    private static string? Value(XElement parent, XName name) => Clean(parent.Element(name)?.Value);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
