namespace TextPipeline.Tokenization.Rules;

/// <summary>
/// Non-destructive rule tokenizer (spaCy's algorithm, UD English EWT conventions). The text is cut into
/// whitespace-delimited chunks; each chunk is checked against special cases and whole-token rules (URLs, e-mails,
/// handles, hashtags, numbers, abbreviations), then prefixes and suffixes are peeled off one at a time (special cases
/// re-checked after each), and what remains is split at infixes. Tokens never overlap and never include whitespace;
/// every non-whitespace character belongs to exactly one token. Stateless and thread-safe; no allocation per token.
/// </summary>
internal sealed class RuleTokenizer
{
    private const int MaxSuffixes = 32;

    public static RuleTokenizer Instance { get; } = new();

    /// <summary>Tokenizes <paramref name="text"/>, appending tokens with offsets shifted by <paramref name="offset"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<RawToken> output, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(output);
        var i = 0;
        while (i < text.Length)
        {
            if (CharClass.IsSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !CharClass.IsSpace(text[i])) i++;
            TokenizeChunk(text, start, i, output, offset);
        }
    }

    public List<RawToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<RawToken>();
        Tokenize(text.AsSpan(), list);
        return list;
    }

    private static void TokenizeChunk(ReadOnlySpan<char> text, int s, int e, List<RawToken> output, int offset)
    {
        Span<RawToken> suffixes = stackalloc RawToken[MaxSuffixes];
        var suffixCount = 0;
        while (s < e)
        {
            var w = text[s..e];
            if (TryWhole(w, s + offset, output)) break;
            var p = PrefixLength(w);
            if (p > 0)
            {
                output.Add(new RawToken(s + offset, p, KindOf(w[..p]), TokenRule.Prefix));
                s += p;
                continue;
            }
            var x = suffixCount < MaxSuffixes ? SuffixLength(w) : 0;
            if (x > 0)
            {
                var rule = CharClass.IsLetter(w[^1]) ? TokenRule.Clitic : TokenRule.Suffix;
                suffixes[suffixCount++] = new RawToken(e - x + offset, x, KindOf(w[^x..]), rule);
                e -= x;
                continue;
            }
            SplitInfixes(text, s, e, output, offset);
            break;
        }
        for (var k = suffixCount - 1; k >= 0; k--) output.Add(suffixes[k]);
    }

    /// <summary>Whole-token rules and special cases. Returns true when the chunk was emitted.</summary>
    private static bool TryWhole(ReadOnlySpan<char> w, int at, List<RawToken> output)
    {
        var first = w[0];
        if (w.Length >= 2)
        {
            if (CharClass.IsLetter(first))
            {
                var split = TokenizerExceptions.SplitOffset(w);
                if (split > 0)
                {
                    output.Add(new RawToken(at, split, TokenKind.Word, TokenRule.Special));
                    output.Add(new RawToken(at + split, w.Length - split, TokenKind.Word, TokenRule.Clitic));
                    return true;
                }
                if (w[^1] == '.' && (TokenizerExceptions.IsAbbreviation(w) || TokenizerExceptions.IsDottedAbbreviation(w)))
                {
                    output.Add(new RawToken(at, w.Length, TokenKind.Word, TokenRule.Special));
                    return true;
                }
            }
            if (first == '@' && IsIdentifier(w[1..]))
            {
                output.Add(new RawToken(at, w.Length, TokenKind.Handle, TokenRule.Handle));
                return true;
            }
            if (first == '#' && CharClass.IsLetter(w[1]) && IsIdentifier(w[1..]))
            {
                output.Add(new RawToken(at, w.Length, TokenKind.Hashtag, TokenRule.Hashtag));
                return true;
            }
            if (w.Length >= 4 && w.Contains('.'))
            {
                if (w.Contains('@'))
                {
                    if (UrlMatcher.IsEmail(w))
                    {
                        output.Add(new RawToken(at, w.Length, TokenKind.Email, TokenRule.Email));
                        return true;
                    }
                }
                else if (UrlMatcher.IsUrl(w))
                {
                    output.Add(new RawToken(at, w.Length, TokenKind.Url, TokenRule.Url));
                    return true;
                }
            }
        }
        var number = NumberLength(w);
        if (number == w.Length)
        {
            output.Add(new RawToken(at, w.Length, TokenKind.Number, TokenRule.Number));
            return true;
        }
        if (number > 0 && IsUnit(w[number..]))
        {
            // UD splits a number from its unit: 10 km, 3:30 pm, 1.5 bn.
            output.Add(new RawToken(at, number, TokenKind.Number, TokenRule.Number));
            output.Add(new RawToken(at + number, w.Length - number, TokenKind.Word, TokenRule.Suffix));
            return true;
        }
        if (TokenizerExceptions.IsEmoticon(w))
        {
            output.Add(new RawToken(at, w.Length, TokenKind.Emoji, TokenRule.Special));
            return true;
        }
        if (first >= 0xA9 && Emoji.ClusterLength(w, 0) == w.Length)
        {
            output.Add(new RawToken(at, w.Length, TokenKind.Emoji, TokenRule.Emoji));
            return true;
        }
        return false;
    }

    private static bool IsIdentifier(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty) return false;
        foreach (var c in w)
        {
            if (!CharClass.IsLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }

    /// <summary>
    /// Length of the number at the start of <paramref name="w"/>, with its inner separators and ordinal/decade ending
    /// (<c>1,000.5</c>, <c>3:30</c>, <c>2024-01-05</c>, <c>10/12/2020</c>, <c>1990s</c>, <c>2nd</c>, <c>-5</c>), or 0.
    /// </summary>
    internal static int NumberLength(ReadOnlySpan<char> w)
    {
        var i = 0;
        if (w.Length > 1 && (w[0] is '-' or '+' or '−') && CharClass.IsDigit(w[1])) i = 1;
        if (i >= w.Length || !CharClass.IsDigit(w[i])) return 0;
        while (i < w.Length)
        {
            var c = w[i];
            if (CharClass.IsDigit(c))
            {
                i++;
            }
            else if ((c is '.' or ',' or ':' or '/' or '-') && i + 1 < w.Length && CharClass.IsDigit(w[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        var rest = w[i..];
        if (rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase))
        {
            return w.Length;
        }
        return i;
    }

    internal static bool IsNumber(ReadOnlySpan<char> w) => !w.IsEmpty && NumberLength(w) == w.Length;

    /// <summary>A unit after a number: up to four ASCII letters (km, pm, bn, GB, hrs).</summary>
    private static bool IsUnit(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest.Length > 4) return false;
        foreach (var c in rest)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))) return false;
        }
        return true;
    }

    private static int RunOf(ReadOnlySpan<char> w, char c)
    {
        var n = 0;
        while (n < w.Length && w[n] == c) n++;
        return n;
    }

    private static int RunOfEnd(ReadOnlySpan<char> w, char c)
    {
        var n = 0;
        while (n < w.Length && w[w.Length - 1 - n] == c) n++;
        return n;
    }

    private static int PrefixLength(ReadOnlySpan<char> w)
    {
        var c = w[0];
        if (w.Length == 1) return CharClass.IsLetterOrDigit(c) ? 0 : 1;
        if (c >= 0xA9)
        {
            var emoji = Emoji.ClusterLength(w, 0);
            if (emoji > 0) return emoji;
        }
        if (c is '`' or '\'' or '"' or '.' or '-' or '*' or '~' || CharClass.IsHyphen(c))
        {
            if (CharClass.IsHyphen(c) && CharClass.IsDigit(w[1])) return 0; // a negative number
            return RunOf(w, c);
        }
        if (CharClass.IsCurrency(c) || c is '<' or '>' or '=' or '|' or '^') return RunOf(w, c);
        if (c is ',' or ';' or ':' && CharClass.IsLetter(w[1])) return 1;
        if (c == '#' && CharClass.IsDigit(w[1])) return 1;
        if (CharClass.IsOpen(c) || CharClass.IsQuote(c) || c is '¿' or '¡' or '…' or '/' or '&' or '+') return 1;
        return 0;
    }

    private static int SuffixLength(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        var c = w[^1];
        if (n == 1) return CharClass.IsLetterOrDigit(c) ? 0 : 1;
        if (char.IsSurrogate(c) || c >= 0xA9)
        {
            var emoji = Emoji.ClusterLengthEndingAt(w, n);
            if (emoji > 0 && emoji < n) return emoji;
        }
        if (CharClass.IsLetter(c))
        {
            return ContractionLength(w);
        }
        if (c == '.')
        {
            return RunOfEnd(w, '.');
        }
        if (CharClass.IsApostrophe(c) && (w[^2] is 's' or 'S' or 'z')) return 1; // plural possessive: students'
        if (CharClass.IsClose(c) || CharClass.IsQuote(c) || CharClass.IsHyphen(c) || c is '*' or '~' or '/' or '&') return RunOfEnd(w, c);
        if (c is '!' or '?')
        {
            var n2 = 0;
            while (n2 < n && w[n - 1 - n2] is '!' or '?') n2++;
            return n2;
        }
        if (CharClass.IsSuffixPunct(c) || CharClass.IsCurrency(c) || c is '°' or '‰' or '=' or '>' or '<' or '|' or '^') return RunOfEnd(w, c);
        return 0;
    }

    /// <summary>UD EWT clitics: <c>n't</c>, <c>'s</c>, <c>'m</c>, <c>'d</c>, <c>'re</c>, <c>'ve</c>, <c>'ll</c> (straight or curly apostrophe).</summary>
    private static int ContractionLength(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (n >= 4 && CharClass.IsApostrophe(w[^2]) && w[^3] is 'n' or 'N' && w[^1] is 't' or 'T' && CharClass.IsLetter(w[^4])) return 3;
        if (n >= 3 && CharClass.IsApostrophe(w[^2]) && w[^1] is 's' or 'S' or 'm' or 'M' or 'd' or 'D'
            && (CharClass.IsLetterOrDigit(w[^3]) || w[^3] == '.'))
        {
            return 2;
        }
        if (n >= 4 && CharClass.IsApostrophe(w[^3]) && CharClass.IsLetter(w[^4])
            && ((w[^2] is 'r' or 'R' && w[^1] is 'e' or 'E') || (w[^2] is 'v' or 'V' && w[^1] is 'e' or 'E') || (w[^2] is 'l' or 'L' && w[^1] is 'l' or 'L')))
        {
            return 3;
        }
        return 0;
    }

    /// <summary>Splits the core of a chunk at hyphens/slashes/commas between words, ellipses and <c>end.Start</c>.</summary>
    private static void SplitInfixes(ReadOnlySpan<char> text, int s, int e, List<RawToken> output, int offset)
    {
        var pieceStart = s;
        var i = s + 1;
        while (i < e - 1)
        {
            var c = text[i];
            var len = InfixLengthAt(text, s, e, i);
            if (len > 0)
            {
                EmitPiece(text, pieceStart, i, output, offset);
                output.Add(new RawToken(i + offset, len, KindOf(text.Slice(i, len)), TokenRule.Infix));
                i += len;
                pieceStart = i;
                continue;
            }
            if (char.IsSurrogate(c) || c >= 0xA9)
            {
                var emoji = Emoji.ClusterLength(text[..e], i);
                if (emoji > 0)
                {
                    EmitPiece(text, pieceStart, i, output, offset);
                    output.Add(new RawToken(i + offset, emoji, TokenKind.Emoji, TokenRule.Infix));
                    i += emoji;
                    pieceStart = i;
                    continue;
                }
            }
            i++;
        }
        EmitPiece(text, pieceStart, e, output, offset);
    }

    private static void EmitPiece(ReadOnlySpan<char> text, int s, int e, List<RawToken> output, int offset)
    {
        if (e <= s) return;
        var piece = text[s..e];
        output.Add(new RawToken(s + offset, e - s, KindOf(piece), TokenRule.Whole));
    }

    private static int InfixLengthAt(ReadOnlySpan<char> text, int s, int e, int i)
    {
        var c = text[i];
        var prev = text[i - 1];
        if (c is '—' or '–' or '…') return 1;
        if (c == '.' && i + 1 < e)
        {
            if (text[i + 1] == '.')
            {
                var n = 1;
                while (i + n < e && text[i + n] == '.') n++;
                return i + n < e ? n : 0;
            }
            return CharClass.IsLower(prev) && CharClass.IsUpper(text[i + 1]) && i - s >= 2 ? 1 : 0;
        }
        if (!CharClass.IsLetterOrDigit(prev)) return 0;
        if (c is '-' or '‐' or '‑')
        {
            var n = 1;
            while (i + n < e && text[i + n] == c) n++;
            if (i + n >= e || !CharClass.IsLetterOrDigit(text[i + n])) return 0;
            if (CharClass.IsDigit(prev) && CharClass.IsDigit(text[i + n])) return 0;
            // A bound prefix right at the start of the word stays joined: e-mail, non-human, re-wording.
            return n == 1 && TokenizerExceptions.IsHyphenPrefix(text[s..i]) ? 0 : n;
        }
        if (c is '/' or ',' or '"' or '+' or '=' || c == '(' || c == ')')
        {
            var next = text[i + 1];
            if (!CharClass.IsLetterOrDigit(next)) return 0;
            return CharClass.IsDigit(prev) && CharClass.IsDigit(next) ? 0 : 1;
        }
        return 0;
    }

    /// <summary>The kind of a token from its characters (the tagger does not change it).</summary>
    internal static TokenKind KindOf(ReadOnlySpan<char> t)
    {
        var first = t[0];
        if (CharClass.IsDigit(first) || (t.Length > 1 && first is '-' or '+' && CharClass.IsDigit(t[1]))) return TokenKind.Number;
        var anyLetterOrDigit = false;
        foreach (var c in t)
        {
            if (CharClass.IsLetterOrDigit(c))
            {
                anyLetterOrDigit = true;
                break;
            }
        }
        if (anyLetterOrDigit) return TokenKind.Word;
        if (first >= 0xA9 && Emoji.ClusterLength(t, 0) > 0) return TokenKind.Emoji;
        foreach (var c in t)
        {
            if (!CharClass.IsPunctuation(c)) return TokenKind.Symbol;
        }
        return TokenKind.Punctuation;
    }
}
