using AngleSharp.Dom;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// Finds the elements that hold the article body, readability-style: every paragraph-like element scores its
/// ancestors (1 + commas + length bonus, less for distant ancestors), containers start from their tag and class hints,
/// the final score is discounted by link density, and siblings of the best container that look like body text join it.
/// </summary>
internal static class MainContentLocator
{
    private static readonly HashSet<string> s_blockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
    };

    public static bool IsBlock(string tag) => s_blockTags.Contains(tag);

    public static IReadOnlyList<IElement> Find(IElement body, ElementStats stats, HtmlExtractionSettings settings)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        var order = new List<IElement>();
        foreach (var element in body.Descendants<IElement>())
        {
            int chars, commas;
            IElement? ancestor;
            if (IsParagraphLike(element))
            {
                (chars, commas) = (stats[element].TextChars, stats[element].Commas);
                ancestor = element.ParentElement;
            }
            else if (element.LocalName is "div" or "section" or "article" or "td")
            {
                // Text and inline markup directly inside a container with block children (br-separated blog posts) is a paragraph of the container itself.
                (chars, commas) = InlineText(element, stats);
                ancestor = element;
            }
            else
            {
                continue;
            }
            if (chars < settings.MinParagraphChars) continue;
            var score = 1.0 + commas + Math.Min(chars / 100, 3);
            for (var level = 0; ancestor is not null && level < settings.AncestorLevels; level++, ancestor = ancestor.ParentElement)
            {
                if (ancestor.LocalName is "html") break;
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                    order.Add(ancestor);
                }
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores[ancestor] += score / divider;
            }
        }
        if (order.Count == 0) return [];

        double Final(IElement e) => scores.TryGetValue(e, out var s) ? s * (1 - stats[e].LinkDensity) : 0;

        IElement top = order[0];
        var topScore = Final(top);
        foreach (var candidate in order)
        {
            var s = Final(candidate);
            if (s > topScore) { top = candidate; topScore = s; }
        }
        top = ClimbToBetterParent(top, topScore, Final, body, stats, settings);
        while (top.ParentElement is { } parent && parent != body && parent.ChildElementCount == 1 && parent.LocalName != "html") top = parent;
        return JoinSiblings(top, Final, stats, settings);
    }

    /// <summary>Paragraph-like: p, pre, td, or a div/section whose children are all inline (a paragraph in disguise).</summary>
    private static bool IsParagraphLike(IElement element)
    {
        switch (element.LocalName)
        {
            case "p" or "pre" or "td" or "blockquote":
                return true;
            case "div" or "section" or "article":
                return !HasBlockDescendant(element, 0);
            default:
                return false;
        }
    }

    private static (int Chars, int Commas) InlineText(IElement element, ElementStats stats)
    {
        int chars = 0, commas = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                if (IsBlock(child.LocalName)) continue;
                chars += stats[child].TextChars;
                commas += stats[child].Commas;
            }
            else if (node.NodeType == NodeType.Text)
            {
                var (c, k) = ElementStats.Count(node.TextContent);
                chars += c;
                commas += k;
            }
        }
        return (chars, commas);
    }

    private static bool HasBlockDescendant(IElement element, int depth)
    {
        if (depth >= ElementStats.MaxDepth) return true;
        foreach (var child in element.Children)
        {
            if (IsBlock(child.LocalName) || HasBlockDescendant(child, depth + 1)) return true;
        }
        return false;
    }

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (element.LocalName is "article" or "main") score += 10;
        return score + BoilerplateHints.ClassWeight(element);
    }

    /// <summary>When the article is split over several containers, the best one's ancestor that scores higher holds them all.</summary>
    private static IElement ClimbToBetterParent(IElement top, double topScore, Func<IElement, double> final, IElement body, ElementStats stats, HtmlExtractionSettings settings)
    {
        var lastScore = topScore;
        var threshold = lastScore * settings.ClimbThreshold;
        for (var parent = top.ParentElement; parent is not null && parent != body && parent.LocalName != "html"; parent = parent.ParentElement)
        {
            var parentScore = final(parent);
            if (parentScore == 0) continue;
            if (parentScore < threshold) break;
            // A parent with far more text than the best container is the page around a short article, not its other half.
            if (stats[parent].TextChars > settings.MaxClimbGrowth * stats[top].TextChars) break;
            if (parentScore > lastScore) return parent;
            lastScore = parentScore;
        }
        return top;
    }

    private static List<IElement> JoinSiblings(IElement top, Func<IElement, double> final, ElementStats stats, HtmlExtractionSettings settings)
    {
        var parent = top.ParentElement;
        if (parent is null) return [top];
        var topScore = final(top);
        var threshold = Math.Max(settings.SiblingMinScore, topScore * settings.SiblingShare);
        var topClass = top.GetAttribute("class") ?? "";
        var content = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top) { content.Add(sibling); continue; }
            var bonus = topClass.Length > 0 && string.Equals(sibling.GetAttribute("class"), topClass, StringComparison.Ordinal) ? topScore * 0.2 : 0;
            if (settings.JoinSiblingsByScore && final(sibling) + bonus >= threshold) { content.Add(sibling); continue; }
            if (sibling.LocalName is "div" or "section" && BoilerplateHints.ClassWeight(sibling) >= 0 && settings.JoinLeadBlocks)
            {
                // A lead/summary block beside the body container: long, few links, and no chrome name.
                var m = stats[sibling];
                if (m.TextChars > 100 && m.LinkDensity < 0.1 && !HasBlockDescendant(sibling, 0)) content.Add(sibling);
            }
            else if (sibling.LocalName == "p")
            {
                var m = stats[sibling];
                var text = sibling.TextContent.Trim();
                if (m.TextChars > 80 && m.LinkDensity < 0.25) content.Add(sibling);
                else if (settings.JoinShortParagraphs && m.TextChars is > 0 and <= 80 && m.LinkChars == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal))) content.Add(sibling);
            }
        }
        return content;
    }
}
