using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Mentions;

/// <summary>
/// A person's or organisation's name never starts or ends inside a written word: "Mark Lewis" + "Francis" around
/// the hyphen of "Lewis-Francis" become one mention "Mark Lewis-Francis" (places stay apart: "North Korea-Russia"). A mention grows over a hyphen joined to a capitalised word
/// (not over lower-case prefixes such as "ex-Yukos"), and mentions that then touch or overlap are merged (the first
/// one's type, the lower confidence).
/// </summary>
internal static class WrittenWordBoundaries
{
    public static List<EntityMention> Repair(Document document, List<EntityMention> mentions)
    {
        if (mentions.Count == 0) return mentions;
        var tokens = document.Tokens.AsSpan();
        var grown = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            // Places joined by a hyphen are two places ("North Korea-Russia talks"); people and firms are one name.
            if (m.FirstToken < 0 || m.Entry is not null || m.Type is not ("PER" or "ORG"))
            {
                grown.Add(m);
                continue;
            }
            var first = m.FirstToken;
            var end = m.EndToken;
            // Right: "Lewis" "-" "Francis" written without spaces.
            while (end + 1 < tokens.Length && !tokens[end - 1].SpaceAfter && IsHyphen(document, tokens[end]) && !tokens[end].SpaceAfter
                   && StartsUpper(document, tokens[end + 1]) && SameSentence(document, end - 1, end + 1))
            {
                end += 2;
            }
            // Left: "Lewis" "-" before "Francis".
            while (first >= 2 && !tokens[first - 1].SpaceAfter && IsHyphen(document, tokens[first - 1]) && !tokens[first - 2].SpaceAfter
                   && StartsUpper(document, tokens[first - 2]) && SameSentence(document, first - 2, first))
            {
                first -= 2;
            }
            grown.Add(first == m.FirstToken && end == m.EndToken ? m : With(document, m, first, end));
        }
        grown.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken));
        var merged = new List<EntityMention>(grown.Count);
        foreach (var m in grown)
        {
            if (merged.Count > 0 && merged[^1] is { FirstToken: >= 0 } last && m.FirstToken >= 0 && m.Entry is null && last.Entry is null
                && m.FirstToken < last.EndToken)
            {
                merged[^1] = With(document, last, last.FirstToken, Math.Max(last.EndToken, m.EndToken)) with { Confidence = Math.Min(last.Confidence, m.Confidence) };
                continue;
            }
            merged.Add(m);
        }
        return merged;
    }

    /// <summary>The mention re-cut to document tokens [first, end).</summary>
    internal static EntityMention With(Document document, EntityMention m, int first, int end)
    {
        var tokens = document.Tokens.AsSpan();
        var span = Text.TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End);
        var words = new string[end - first];
        for (var i = first; i < end; i++) words[i - first] = document.StringOf(tokens[i]);
        return m with { Span = span, Surface = document.Text.ToString(span), Words = words, FirstToken = first, EndToken = end };
    }

    private static bool IsHyphen(Document document, Token token) => document.TextOf(token) is "-" or "‐" or "–";

    private static bool StartsUpper(Document document, Token token)
    {
        var text = document.TextOf(token);
        return text.Length > 0 && char.IsUpper(text[0]);
    }

    private static bool SameSentence(Document document, int a, int b)
    {
        foreach (var s in document.Sentences)
        {
            if (a >= s.FirstToken && a < s.EndToken) return b >= s.FirstToken && b < s.EndToken;
        }
        return false;
    }
}
