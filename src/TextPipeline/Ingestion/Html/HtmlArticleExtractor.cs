using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;
using TextPipeline.Text;

namespace TextPipeline.Ingestion.Html;

/// <summary>Extracts an article's main text and metadata from an HTML page.</summary>
public static class HtmlArticleExtractor
{
    private static readonly HtmlParser s_parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public static HtmlExtraction Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = s_parser.ParseDocument(html);
        var text = new StringBuilder();
        var segments = ImmutableArray.CreateBuilder<SourceMap.Segment>();
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        var headings = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var element in document.QuerySelectorAll("h2, h3, p"))
        {
            var content = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (content.Length == 0) continue;
            if (text.Length > 0) text.Append("\n\n");
            var span = new TextSpan(text.Length, content.Length);
            segments.Add(new SourceMap.Segment(text.Length, element.SourceReference?.Position.Index ?? 0, 0));
            text.Append(content);
            (element.LocalName == "p" ? paragraphs : headings).Add(span);
        }
        var title = document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        return new HtmlExtraction(
            text.ToString(), segments.ToImmutable(), headings.ToImmutable(), paragraphs.ToImmutable(),
            string.IsNullOrEmpty(title) ? null : title, null, null, null, text.Length > 0, 0);
    }
}
