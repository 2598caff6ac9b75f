using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TextPipeline.Text;

namespace TextPipeline.Ingestion.PlainText;

/// <summary>
/// Finds the structure of scraped or plain text: the title (line 1 when it looks like one), section headings, paragraphs
/// (blank-line separated, or one per line; hard-wrapped lines are joined), and site chrome, which is left out of the text.
/// The text is never rewritten: it is made of verbatim pieces of the source.
/// </summary>
internal static partial class PlainTextParser
{
    private enum LineRole { Blank, Text, Heading, Chrome }

    public static StructuredText Parse(string source, bool detectTitle)
    {
        var lines = TextLine.Split(source);
        var roles = new LineRole[lines.Count];
        var chromeKinds = new SortedSet<string>(StringComparer.Ordinal);
        string? title = null;
        string? byline = null;
        var bodyStart = 0;

        for (var i = 0; i < lines.Count; i++)
        {
            roles[i] = source.AsSpan(lines[i].Start, lines[i].Length).IsWhiteSpace() ? LineRole.Blank : LineRole.Text;
        }

        if (detectTitle)
        {
            var first = NextNonBlank(roles, 0);
            if (first >= 0 && NextNonBlank(roles, first + 1) >= 0)
            {
                var span = source.AsSpan(lines[first].Start, lines[first].Length);
                if (LineShape.LooksLikeTitle(span) && ChromeDetector.Classify(span) == ChromeKind.None)
                {
                    title = span.Trim().ToString();
                    roles[first] = LineRole.Blank;
                    bodyStart = first + 1;
                }
            }
        }

        // Single chrome lines anywhere (share, separators, navigation, legal, bylines with counts).
        var chromeLineCount = 0;
        var firstChrome = -1;
        for (var i = bodyStart; i < lines.Count; i++)
        {
            if (roles[i] != LineRole.Text) continue;
            var kind = ChromeDetector.Classify(source.AsSpan(lines[i].Start, lines[i].Length));
            if (kind != ChromeKind.None)
            {
                MarkChrome(i, kind);
            }
            else if (byline is null && ByLineRegex().Match(source, lines[i].Start, lines[i].Length) is { Success: true } m
                     && NextNonBlank(roles, i + 1) >= 0)
            {
                byline = m.Groups["name"].Value;
                MarkChrome(i, ChromeKind.None, "byline");
            }
        }

        // A section marker ("Related News") or a byline with counts starts a chrome block when no real paragraph follows.
        for (var i = bodyStart; i < lines.Count; i++)
        {
            if (roles[i] != LineRole.Chrome) continue;
            var kind = ChromeDetector.Classify(source.AsSpan(lines[i].Start, lines[i].Length));
            if (!ChromeDetector.StartsChromeSection(kind)) continue;
            if (!HasRealParagraphAfter(source, lines, roles, i + 1)) 
            {
                for (var j = i + 1; j < lines.Count; j++)
                {
                    if (roles[j] == LineRole.Text) MarkChrome(j, ChromeKind.RelatedItem);
                }
                break;
            }
        }

        // Headings: short title-like lines followed by text.
        for (var i = bodyStart; i < lines.Count; i++)
        {
            if (roles[i] != LineRole.Text) continue;
            var next = NextNonBlank(roles, i + 1);
            if (next < 0 || roles[next] != LineRole.Text) continue;
            if (LineShape.LooksLikeHeading(source.AsSpan(lines[i].Start, lines[i].Length)))
            {
                roles[i] = LineRole.Heading;
            }
        }

        var builder = new ArticleTextBuilder();
        var previousKept = -1;
        var paragraphStart = -1;
        var paragraphEnd = -1;
        for (var i = bodyStart; i < lines.Count; i++)
        {
            var role = roles[i];
            if (role is LineRole.Blank or LineRole.Chrome) continue;
            var line = lines[i];
            var joinsParagraph = false;
            if (previousKept >= 0)
            {
                var gap = source.AsSpan(lines[previousKept].Next, Math.Max(0, line.Start - lines[previousKept].Next));
                var chromeBetween = false;
                for (var j = previousKept + 1; j < i; j++) chromeBetween |= roles[j] == LineRole.Chrome;
                if (chromeBetween)
                {
                    builder.AppendSeparator("\n\n");
                }
                else
                {
                    builder.Append(source, lines[previousKept].End, line.Start - lines[previousKept].End);
                }
                joinsParagraph = !chromeBetween && gap.Length == 0 && role == LineRole.Text && roles[previousKept] == LineRole.Text
                    && !LineShape.EndsSentence(source.AsSpan(lines[previousKept].Start, lines[previousKept].Length))
                    && lines[previousKept].Length < 120;
            }
            if (!joinsParagraph) FlushParagraph();
            var lineSpan = builder.Append(source, line.Start, line.Length);
            var trimmed = Trim(source, line, lineSpan);
            if (role == LineRole.Heading)
            {
                builder.AddHeading(trimmed);
            }
            else
            {
                if (paragraphStart < 0) paragraphStart = trimmed.Start;
                paragraphEnd = trimmed.End;
            }
            previousKept = i;
        }
        FlushParagraph();

        return new StructuredText(
            builder.Text, builder.Segments, builder.Headings, builder.Paragraphs, title, byline,
            chromeLineCount, [.. chromeKinds], firstChrome);

        void FlushParagraph()
        {
            if (paragraphStart >= 0) builder.AddParagraph(TextSpan.FromBounds(paragraphStart, paragraphEnd));
            paragraphStart = -1;
        }

        void MarkChrome(int i, ChromeKind kind, string? description = null)
        {
            roles[i] = LineRole.Chrome;
            chromeLineCount++;
            chromeKinds.Add(description ?? ChromeKindText.Describe(kind));
            if (firstChrome < 0 || lines[i].Start < firstChrome) firstChrome = lines[i].Start;
        }
    }

    private static TextSpan Trim(string source, TextLine line, TextSpan span)
    {
        var s = source.AsSpan(line.Start, line.Length);
        var lead = s.Length - s.TrimStart().Length;
        var trail = s.Length - s.TrimEnd().Length;
        return span.Length - lead - trail <= 0 ? span : new TextSpan(span.Start + lead, span.Length - lead - trail);
    }

    private static int NextNonBlank(LineRole[] roles, int from)
    {
        for (var i = from; i < roles.Length; i++)
        {
            if (roles[i] != LineRole.Blank) return i;
        }
        return -1;
    }

    /// <summary>A real paragraph: 20+ words ending like a sentence (related-article titles and bylines are shorter).</summary>
    private static bool HasRealParagraphAfter(string source, List<TextLine> lines, LineRole[] roles, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (roles[i] != LineRole.Text) continue;
            var span = source.AsSpan(lines[i].Start, lines[i].Length);
            if (LineShape.CountWords(span) >= 20 && LineShape.EndsSentence(span)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\G\s*By\s+(?<name>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s+and\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ByLineRegex();
}
