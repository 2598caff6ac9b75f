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
        stats.Visit(root, insideLink: false);
        return stats;
    }

    public Measure this[IElement element] => _measures.TryGetValue(element, out var m) ? m : default;

    private Measure Visit(IElement element, bool insideLink)
    {
        insideLink |= element.LocalName == "a";
        int text = 0, links = 0, commas = 0, paragraphs = element.LocalName == "p" ? 1 : 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                var m = Visit(e, insideLink);
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
