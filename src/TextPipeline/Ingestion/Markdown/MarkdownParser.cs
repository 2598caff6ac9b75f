using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TextPipeline.Ingestion.PlainText;
using TextPipeline.Text;

namespace TextPipeline.Ingestion.Markdown;

/// <summary>
/// Turns a Markdown article into plain text with an offset map: block markers (#, &gt;, list bullets), emphasis and
/// code markers, link targets and images are left out; the words are verbatim pieces of the source. A YAML front
/// matter gives title/author/date/url; a leading level-1 heading is the title. Blocks are separated by "\n\n".
/// </summary>
internal static partial class MarkdownParser
{
    public static (StructuredText Body, Dictionary<string, string> FrontMatter) Parse(string source)
    {
        var lines = TextLine.Split(source);
        var front = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        if (lines.Count > 0 && source.AsSpan(lines[0].Start, lines[0].Length).Trim().SequenceEqual("---"))
        {
            for (var j = 1; j < lines.Count; j++)
            {
                var l = source.AsSpan(lines[j].Start, lines[j].Length);
                if (l.Trim().SequenceEqual("---") || l.Trim().SequenceEqual("..."))
                {
                    i = j + 1;
                    break;
                }
                var colon = l.IndexOf(':');
                if (colon > 0)
                {
                    front[l[..colon].Trim().ToString()] = l[(colon + 1)..].Trim().Trim("\"'").ToString();
                }
            }
        }

        var builder = new ArticleTextBuilder();
        string? title = front.TryGetValue("title", out var t) && t.Length > 0 ? t : null;
        var chromeLines = 0;
        var chromeKinds = new SortedSet<string>(StringComparer.Ordinal);
        var firstChrome = -1;
        var paragraphStart = -1;
        var inFence = false;
        var sawContent = false;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = source.AsSpan(line.Start, line.Length);
            var trimmed = text.Trim();
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                inFence = !inFence;
                EndParagraph();
                continue;
            }
            if (trimmed.IsEmpty)
            {
                EndParagraph();
                continue;
            }
            if (!inFence && ChromeDetector.Classify(StripInline(text)) is var kind && kind != ChromeKind.None)
            {
                EndParagraph();
                chromeLines++;
                chromeKinds.Add(ChromeKindText.Describe(kind));
                if (firstChrome < 0) firstChrome = line.Start;
                continue;
            }
            if (!inFence && HeadingRegex().Match(source, line.Start, line.Length) is { Success: true } h)
            {
                EndParagraph();
                var content = h.Groups["text"];
                if (!sawContent && h.Groups["level"].Length == 1)
                {
                    // A leading level-1 heading is the title (front matter's title wins when both exist).
                    title ??= StripInline(content.Value.AsSpan()).ToString().Trim();
                    sawContent = true;
                    continue;
                }
                StartBlock();
                var span = AppendInline(source, content.Index, content.Length);
                if (!span.IsEmpty) builder.AddHeading(span);
                sawContent = true;
                continue;
            }
            if (!inFence && HorizontalRuleRegex().IsMatch(trimmed.ToString())) 
            {
                EndParagraph();
                continue;
            }
            var contentStart = line.Start;
            if (!inFence && BlockMarkerRegex().Match(source, line.Start, line.Length) is { Success: true } marker)
            {
                contentStart = marker.Index + marker.Length;
                if (marker.Groups["list"].Success) EndParagraph();
            }
            if (paragraphStart < 0)
            {
                StartBlock();
                var span = AppendInline(source, contentStart, line.End - contentStart, trimStart: true);
                paragraphStart = span.Start;
            }
            else
            {
                builder.Append(source, lines[i - 1].End, line.Start - lines[i - 1].End);
                AppendInline(source, contentStart, line.End - contentStart, trimStart: true);
            }
            sawContent = true;
        }
        EndParagraph();

        var body = new StructuredText(builder.Text, builder.Segments, builder.Headings, builder.Paragraphs, title,
            front.TryGetValue("author", out var a) && a.Length > 0 ? a : null, chromeLines, [.. chromeKinds], firstChrome);
        return (body, front);

        void StartBlock()
        {
            if (builder.Length > 0) builder.AppendSeparator("\n\n");
        }

        void EndParagraph()
        {
            if (paragraphStart >= 0)
            {
                var end = builder.Length;
                var text = builder.Text;
                while (end > paragraphStart && char.IsWhiteSpace(text[end - 1])) end--;
                if (end > paragraphStart) builder.AddParagraph(TextSpan.FromBounds(paragraphStart, end));
            }
            paragraphStart = -1;
        }

        TextSpan AppendInline(string src, int start, int length, bool trimStart = false)
        {
            if (trimStart)
            {
                while (length > 0 && char.IsWhiteSpace(src[start]))
                {
                    start++;
                    length--;
                }
            }
            var from = builder.Length;
            var end = start + length;
            var pos = start;
            for (var m = InlineRegex().Match(src, start, length); m.Success; m = m.NextMatch())
            {
                if (m.Index > pos) builder.Append(src, pos, m.Index - pos);
                if (m.Groups["linktext"].Success)
                {
                    builder.Append(src, m.Groups["linktext"].Index, m.Groups["linktext"].Length);
                }
                else if (m.Groups["autolink"].Success)
                {
                    builder.Append(src, m.Groups["autolink"].Index, m.Groups["autolink"].Length);
                }
                pos = m.Index + m.Length;
            }
            if (end > pos) builder.Append(src, pos, end - pos);
            return TextSpan.FromBounds(from, builder.Length);
        }
    }

    private static ReadOnlySpan<char> StripInline(ReadOnlySpan<char> text) =>
        InlineRegex().Replace(text.ToString(), m => m.Groups["linktext"].Success ? m.Groups["linktext"].Value
            : m.Groups["autolink"].Success ? m.Groups["autolink"].Value : "").Trim('#', ' ', '>', '-', '*');

    [GeneratedRegex(@"\G[ \t]{0,3}(?<level>#{1,6})[ \t]+(?<text>.*?)[ \t]*#*[ \t]*$")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^(?:[-*_][ \t]*){3,}$")]
    private static partial Regex HorizontalRuleRegex();

    [GeneratedRegex(@"\G[ \t]*(?:(?<quote>(?:>[ \t]?)+)|(?<list>(?:[-*+]|\d{1,3}[.)])[ \t]+))")]
    private static partial Regex BlockMarkerRegex();

    // Images are dropped; links keep their text; autolinks keep the URL; emphasis/code markers are dropped.
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)|\[(?<linktext>[^\]]+)\]\([^)]*\)|<(?<autolink>https?://[^>\s]+)>|<\/?[a-zA-Z][^>]*>|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`+")]
    private static partial Regex InlineRegex();
}
