using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// Extracts an article's main text and metadata from an HTML page: metadata is read first, then chrome (scripts,
/// navigation, hidden and chrome-named elements) is pruned, the body container is located by text-density scoring
/// (<see cref="MainContentLocator"/>), and its blocks are written as text with a map back to the HTML source.
/// Never throws on malformed markup; a page without content gives <see cref="HtmlExtraction.FoundMainContent"/> false.
/// </summary>
internal static class HtmlArticleExtractor
{
    private static readonly HtmlParser s_parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public static HtmlExtraction Extract(string html) => Extract(html, HtmlExtractionSettings.Default);

    /// <summary>As <see cref="Extract(string)"/> with other numbers (cross-validation tries them).</summary>
    public static HtmlExtraction Extract(string html, HtmlExtractionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(settings);
        html = HtmlDepthLimiter.Limit(html, HtmlDepthLimiter.MaxDepth, out var blanked);
        var limits = blanked == 0 ? [] : ImmutableArray.Create(
            $"the HTML nests deeper than {HtmlDepthLimiter.MaxDepth} levels; {blanked:N0} tags below that depth were ignored (their text is kept)");
        return ExtractParsed(html, settings) with { Limits = limits };
    }

    private static HtmlExtraction ExtractParsed(string html, HtmlExtractionSettings settings)
    {
        // AngleSharp's parser keeps no per-document state, but it is not documented as thread-safe: one per call is cheap.
        var parser = new HtmlParser(s_parser.Options);
        using var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);
        var body = document.Body;
        if (body is null) return Empty(metadata, 0);

        var removed = Prune(body, settings);
        var stats = ElementStats.Compute(body);
        var content = MainContentLocator.Find(body, stats, settings);
        if (content.Count == 0) return Empty(metadata, removed);

        var writer = new BlockTextWriter(stats, metadata.Title);
        foreach (var element in content) writer.Write(element);
        var text = writer.Text;
        return new HtmlExtraction(text, writer.Segments, writer.Headings, writer.Paragraphs, metadata.Title, metadata.Author,
            metadata.Published, metadata.Url, text.Length > 0, removed + writer.RemovedBlocks);
    }

    private static HtmlExtraction Empty(HtmlMetadataReader.PageMetadata metadata, int removed) =>
        new("", [], [], [], metadata.Title, metadata.Author, metadata.Published, metadata.Url, false, removed);

    /// <summary>Removes elements that are never article text; returns how many blocks with text were removed.</summary>
    private static int Prune(IElement body, HtmlExtractionSettings settings)
    {
        var doomed = new List<IElement>();
        var stats = ElementStats.Compute(body);
        var keep = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var element in body.Descendants<IElement>())
        {
            if (stats[element].TextChars < settings.MinNamedBodyChars || !BoilerplateHints.IsNamedArticleBody(element, BoilerplateHints.Signature(element))) continue;
            for (var e = element; e is not null && keep.Add(e); e = e.ParentElement) { }
        }
        Collect(body, doomed, stats, stats[body].TextChars * settings.ProtectedShare, keep, 0);
        var removedWithText = 0;
        foreach (var element in doomed)
        {
            if (!string.IsNullOrWhiteSpace(element.TextContent) && element.LocalName is not ("script" or "style" or "noscript" or "template")) removedWithText++;
            element.Remove();
        }
        return removedWithText;
    }

    // Chrome-named elements (and page-wide forms) that hold HtmlExtractionSettings.ProtectedShare of the page's text are
    // wrappers that happen to carry a misleading name ("m-advertisement-off-canvas", an ASP.NET page form): look inside.
    private static void Collect(IElement element, List<IElement> doomed, ElementStats stats, double protectedChars, HashSet<IElement> keep, int depth)
    {
        if (depth >= ElementStats.MaxDepth) return;
        foreach (var child in element.Children)
        {
            var byTag = BoilerplateHints.DroppedTags.Contains(child.LocalName);
            var drop = byTag || BoilerplateHints.IsHidden(child) || BoilerplateHints.IsUnlikely(child, BoilerplateHints.Signature(child));
            if (drop && (!byTag || child.LocalName == "form") && (stats[child].TextChars > protectedChars || keep.Contains(child))) drop = false;
            if (drop)
            {
                doomed.Add(child);
                continue;
            }
            Collect(child, doomed, stats, protectedChars, keep, depth + 1);
        }
    }
}
