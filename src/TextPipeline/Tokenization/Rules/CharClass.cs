using System.Globalization;

namespace TextPipeline.Tokenization.Rules;

/// <summary>Character classes by table lookup (Catalyst's approach): ASCII from a table, the rest from Unicode categories.</summary>
internal static class CharClass
{
    [Flags]
    private enum Bits : byte
    {
        None = 0,
        Letter = 1,
        Digit = 2,
        Open = 4,
        Close = 8,
        Quote = 16,
        Currency = 32,
        SuffixPunct = 64,
        Hyphen = 128,
    }

    private static readonly Bits[] s_ascii = BuildAscii();

    private static Bits[] BuildAscii()
    {
        var t = new Bits[128];
        for (var c = 'a'; c <= 'z'; c++) t[c] = Bits.Letter;
        for (var c = 'A'; c <= 'Z'; c++) t[c] = Bits.Letter;
        for (var c = '0'; c <= '9'; c++) t[c] = Bits.Digit;
        foreach (var c in "([{<") t[c] |= Bits.Open;
        foreach (var c in ")]}>") t[c] |= Bits.Close;
        foreach (var c in "\"'`") t[c] |= Bits.Quote;
        t['$'] |= Bits.Currency;
        foreach (var c in ".,;:!?%") t[c] |= Bits.SuffixPunct;
        t['-'] |= Bits.Hyphen;
        return t;
    }

    private static Bits Of(char c)
    {
        if (c < 128) return s_ascii[c];
        switch (c)
        {
            case '“' or '‘' or '«' or '‹' or '„' or '‚': return Bits.Quote | Bits.Open;
            case '”' or '’' or '»' or '›': return Bits.Quote | Bits.Close;
            case '…' or '¡' or '¿': return Bits.SuffixPunct;
            case '–' or '—' or '‐' or '‑' or '−': return Bits.Hyphen;
        }
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark => Bits.Letter,
            UnicodeCategory.DecimalDigitNumber => Bits.Digit,
            UnicodeCategory.OpenPunctuation => Bits.Open,
            UnicodeCategory.ClosePunctuation => Bits.Close,
            UnicodeCategory.InitialQuotePunctuation => Bits.Quote | Bits.Open,
            UnicodeCategory.FinalQuotePunctuation => Bits.Quote | Bits.Close,
            UnicodeCategory.CurrencySymbol => Bits.Currency,
            UnicodeCategory.DashPunctuation => Bits.Hyphen,
            _ => Bits.None,
        };
    }

    public static bool IsLetter(char c) => (Of(c) & Bits.Letter) != 0;

    public static bool IsDigit(char c) => (Of(c) & Bits.Digit) != 0;

    public static bool IsLetterOrDigit(char c) => (Of(c) & (Bits.Letter | Bits.Digit)) != 0;

    public static bool IsOpen(char c) => (Of(c) & Bits.Open) != 0;

    public static bool IsClose(char c) => (Of(c) & Bits.Close) != 0;

    public static bool IsQuote(char c) => (Of(c) & Bits.Quote) != 0;

    public static bool IsCurrency(char c) => (Of(c) & Bits.Currency) != 0;

    public static bool IsHyphen(char c) => (Of(c) & Bits.Hyphen) != 0;

    public static bool IsSuffixPunct(char c) => (Of(c) & Bits.SuffixPunct) != 0;

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`';

    public static bool IsUpper(char c) => c < 128 ? c is >= 'A' and <= 'Z' : char.IsUpper(c);

    public static bool IsLower(char c) => c < 128 ? c is >= 'a' and <= 'z' : char.IsLower(c);

    /// <summary>Whitespace that separates tokens. Zero-width joiners are NOT whitespace (they glue emoji).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\n' or '\r' or '\t' || (c >= 128 && char.IsWhiteSpace(c)) || c == '\u200B' || c == '\uFEFF';

    /// <summary>Punctuation or symbol with no letter/digit: decides <see cref="TokenKind.Punctuation"/> vs <see cref="TokenKind.Symbol"/>.</summary>
    public static bool IsPunctuation(char c) => c < 128
        ? c is '!' or '"' or '#' or '%' or '&' or '\'' or '(' or ')' or '*' or ',' or '-' or '.' or '/' or ':' or ';' or '?' or '@' or '[' or '\\' or ']' or '_' or '{' or '}' or '`'
        : CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
}
