namespace TextPipeline.Entities.Training;

/// <summary>What one line of a token-per-line NER file is.</summary>
internal enum ConllLineKind
{
    /// <summary>A blank line: ends the sentence.</summary>
    Blank,

    /// <summary>A <c>-DOCSTART-</c> line: ends the sentence and the document.</summary>
    DocumentStart,

    /// <summary>A <c>#</c> comment of the UNER layout.</summary>
    Comment,

    /// <summary>A token with its tag.</summary>
    Token,
}

/// <summary>
/// One parsed line of a CoNLL-2003 (<c>token POS chunk TAG</c>, space separated), UNER (<c>id TAB token TAB TAG TAB - TAB -</c>)
/// or two-column (<c>token TAB TAG</c>) file. The tag is always the column at <see cref="TagColumn"/>.
/// </summary>
internal readonly record struct ConllLine(ConllLineKind Kind, string Word, string Tag, int TagColumn, char Separator)
{
    public static ConllLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty) return new ConllLine(ConllLineKind.Blank, "", "O", -1, ' ');
        if (trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal)) return new ConllLine(ConllLineKind.DocumentStart, "", "O", -1, ' ');
        var separator = line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ';
        var cols = separator == '\t'
            ? line.TrimEnd('\r', '\n').Split('\t')
            : line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (trimmed[0] == '#' && (cols.Length < 2 || !LooksLikeTag(cols[^1]) || separator == ' ' && cols.Length != 4 && cols.Length != 2))
        {
            return new ConllLine(ConllLineKind.Comment, "", "O", -1, separator);
        }
        if (cols.Length == 1) return new ConllLine(ConllLineKind.Token, Clean(cols[0]), "O", -1, separator);
        if (separator == '\t' && cols.Length >= 3 && IsTokenId(cols[0]))
        {
            return new ConllLine(ConllLineKind.Token, Clean(cols[1]), cols[2].Trim(), 2, separator);
        }
        return new ConllLine(ConllLineKind.Token, Clean(cols[0]), cols[^1].Trim(), cols.Length - 1, separator);
    }

    /// <summary>The line with its tag column replaced, all other bytes kept.</summary>
    public static string ReplaceTag(string line, ConllLine parsed, string tag)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (parsed.Kind != ConllLineKind.Token) return line;
        if (parsed.TagColumn < 0) return line.TrimEnd() + " " + tag;
        if (parsed.Separator == '\t')
        {
            var cols = line.Split('\t');
            cols[parsed.TagColumn] = tag;
            return string.Join('\t', cols);
        }
        // Space separated: replace the last field, keeping everything before it.
        var end = line.TrimEnd().Length;
        var start = line.LastIndexOf(' ', end - 1) + 1;
        return string.Concat(line.AsSpan(0, start), tag, line.AsSpan(end));
    }

    private static bool IsTokenId(string s)
    {
        if (s.Length == 0) return false;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && c != '-' && c != '.') return false;
        }
        return char.IsAsciiDigit(s[0]);
    }

    private static bool LooksLikeTag(string s)
    {
        var t = s.Trim();
        return t == "O" || t.Length > 2 && (t[0] is 'B' or 'I' or 'E' or 'S') && t[1] == '-';
    }

    private static string Clean(string word)
    {
        var w = word.Replace("\uFEFF", "", StringComparison.Ordinal).Trim();
        return w.Length == 0 ? "_" : w;
    }
}
