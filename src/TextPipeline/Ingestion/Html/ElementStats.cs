using AngleSharp.Dom;

namespace TextPipeline.Ingestion.Html;

/// <summary>Text measures of every element, computed bottom-up in one pass: visible characters, characters inside links, commas.</summary>
internal sealed class ElementStats
{
    private readonly Dictionary<IElement, Measure> _measures = new(ReferenceEqualityComparer.Instance);

    public readonly record struct Measure(int TextChars, int LinkChars, int Commas, int Paragraphs)
    {
        public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;
    }

    public static ElementStats Compute(IElement root)
    {
        var stats = new ElementStats();
        stats.Visit(root, insideLink: false, depth: 0);
        return stats;
    }

    public Measure this[IElement element] => _measures.TryGetValue(element, out var m) ? m : default;

    /// <summary>Markup nested deeper than this is ignored: no article is that deep, and recursion must not overflow the stack.</summary>
    public const int MaxDepth = 1000;

    private Measure Visit(IElement element, bool insideLink, int depth)
    {
        insideLink |= element.LocalName == "a";
        int text = 0, links = 0, commas = 0, paragraphs = element.LocalName == "p" ? 1 : 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                if (depth >= MaxDepth) continue;
                var m = Visit(e, insideLink, depth + 1);
                text += m.TextChars;
                links += m.LinkChars;
                commas += m.Commas;
                paragraphs += m.Paragraphs;
            }
            else if (child.NodeType == NodeType.Text)
            {
                var (chars, c) = Count(child.TextContent);
                text += chars;
                commas += c;
                if (insideLink) links += chars;
            }
        }
        var measure = new Measure(text, links, commas, paragraphs);
        _measures[element] = measure;
        return measure;
    }

    public static (int Chars, int Commas) Count(string data)
    {
        int chars = 0, commas = 0;
        foreach (var ch in data)
        {
            if (char.IsWhiteSpace(ch)) continue;
            chars++;
            if (ch is ',' or '，' or '、' or '،') commas++;
        }
        return (chars, commas);
    }
}
