namespace TextPipeline.Ingestion.PlainText;

/// <summary>Cheap facts about a line used to tell titles and headings from paragraphs.</summary>
internal static class LineShape
{
    public static int CountWords(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord) words++;
            inWord = !isSpace;
        }
        return words;
    }

    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        while (t.Length > 0 && t[^1] is '"' or '\'' or '”' or '’' or ')' or ']' or '»')
        {
            t = t[..^1];
        }
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    public static char LastChar(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        return t.IsEmpty ? '\0' : t[^1];
    }

    /// <summary>Share of the longer words (4+ letters) that start with an upper-case letter.</summary>
    public static double TitleCaseRatio(ReadOnlySpan<char> line)
    {
        int longWords = 0, capitalised = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetter(line[i])) i++;
            var start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '\'' or '’' or '-')) i++;
            if (i - start >= 4)
            {
                longWords++;
                if (char.IsUpper(line[start])) capitalised++;
            }
        }
        return longWords == 0 ? 0 : (double)capitalised / longWords;
    }

    public static bool HasWordOfLetters(ReadOnlySpan<char> line, int minLetters)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run >= minLetters) return true;
        }
        return false;
    }

    public static bool StartsLikeHeading(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart();
        return !t.IsEmpty && (char.IsUpper(t[0]) || char.IsDigit(t[0]) || t[0] is '"' or '“' or '\'');
    }

    /// <summary>Line 1 of a .txt file is the title when it is short, starts like a title and does not end like prose.</summary>
    public static bool LooksLikeTitle(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length is < 2 or > 200) return false;
        var words = CountWords(t);
        if (words > 25) return false;
        if (!StartsLikeHeading(t)) return false;
        var last = LastChar(t);
        return last is not (',' or ';' or ':') && !(last == '.' && words > 12 && !t.EndsWith("...", StringComparison.Ordinal));
    }

    /// <summary>
    /// A section heading: a short line, starting like a title, with no final sentence punctuation; one that ends in
    /// '?' or '!' (or has no verb-like lower-case prose) must be in title case.
    /// </summary>
    public static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length is < 3 or > 120) return false;
        var words = CountWords(t);
        if (words is < 2 or > 14) return false;
        if (!StartsLikeHeading(t) || !HasWordOfLetters(t, 3)) return false;
        var last = LastChar(t);
        if (last is '.' or ',' or ';' or ':' or '-' or '–' or '—' or '"' or '”' or '…') return false;
        var titleCase = TitleCaseRatio(t);
        if (last is '?' or '!') return titleCase >= 0.6;
        return titleCase >= 0.6 || words <= 6;
    }
}
