using System.Collections.Frozen;

namespace TextPipeline.Tokenization.Rules;

/// <summary>
/// spaCy's special cases: abbreviations that keep their period, and words that split at a fixed offset as UD EWT
/// splits them (<c>cannot</c> → <c>can</c> + <c>not</c>, <c>gonna</c> → <c>gon</c> + <c>na</c>). Matched case-insensitively.
/// </summary>
internal static class TokenizerExceptions
{
    private static readonly string[] s_abbreviations =
    [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "sr.", "jr.", "mt.", "ft.", "gen.", "gov.", "sen.", "rep.", "rev.",
        "hon.", "pres.", "col.", "lt.", "sgt.", "capt.", "cmdr.", "adm.", "maj.", "messrs.", "mme.", "mlle.", "supt.",
        "inc.", "ltd.", "co.", "corp.", "plc.", "llc.", "bros.", "dept.", "univ.", "assn.", "est.", "cie.",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.",
        "e.g.", "i.e.", "etc.", "vs.", "v.", "viz.", "cf.", "al.", "approx.", "ca.", "no.", "nos.", "nr.", "vol.",
        "pp.", "p.", "fig.", "figs.", "ch.", "sec.", "art.", "ed.", "eds.", "op.", "cit.", "ibid.", "misc.",
        "a.m.", "p.m.", "u.s.", "u.k.", "u.n.", "e.u.", "d.c.", "n.y.", "l.a.", "u.s.a.", "ph.d.", "b.a.", "m.a.",
        "ave.", "blvd.", "rd.", "hwy.", "tel.", "ext.", "min.", "max.", "avg.", "oz.", "lb.", "lbs.", "kg.", "km.",
        "yr.", "yrs.", "mo.", "hr.", "hrs.", "mins.", "sec.", "govt.", "intl.", "natl.", "assoc.", "admin.",
        "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.",
        "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "okla.", "ore.", "pa.",
        "tenn.", "tex.", "va.", "vt.", "wash.", "wis.", "wyo.",
    ];

    /// <summary>Word → offset of the split (UD EWT conventions).</summary>
    private static readonly (string Word, int Split)[] s_splits =
    [
        ("cannot", 3), ("gonna", 3), ("gotta", 3), ("wanna", 3), ("lemme", 3), ("gimme", 3), ("dunno", 2),
        ("d'ye", 2), ("y'all", 2), ("alot", 1),
    ];

    /// <summary>Emoticons stay whole.</summary>
    private static readonly string[] s_emoticons =
    [
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ":/", ":-/", ":'(", ":o", ":O",
        ":-o", "=)", "=(", ":]", ":[", "(:", "):", "<3", "</3", "^_^", "^^", "XD", "xD", ":|", ":-|", ";-(", ":*", ":-*", "8)", "B)",
    ];

    /// <summary>UD EWT keeps these prefixes joined to their word (<c>e-mail</c>, <c>non-human</c>, <c>re-wording</c>).</summary>
    private static readonly string[] s_hyphenPrefixes =
    [
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross", "neo",
        "psycho", "socio", "counter", "intra", "inter", "vice", "micro", "un", "mega", "ultra", "hyper", "macro", "mis",
        "bi", "tri", "de", "meh", "extra", "infra", "mini", "auto", "trans", "out", "under", "uber", "geo", "bio",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_abbrev =
        s_abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_split =
        s_splits.ToFrozenDictionary(p => p.Word, p => p.Split, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_emoticon =
        s_emoticons.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_hyphenPrefix =
        s_hyphenPrefixes.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => s_abbrev.Contains(word);

    public static bool IsEmoticon(ReadOnlySpan<char> word) => s_emoticon.Contains(word);

    /// <summary>True when a hyphen after <paramref name="word"/> does not split (a bound prefix such as <c>non-</c>).</summary>
    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => s_hyphenPrefix.Contains(word);

    /// <summary>Offset where a special word splits in two, or 0.</summary>
    public static int SplitOffset(ReadOnlySpan<char> word) => s_split.TryGetValue(word, out var at) ? at : 0;

    /// <summary>Initials and dotted abbreviations: <c>J.</c>, <c>U.S.</c>, <c>e.g.</c>, <c>Ph.D.</c> (letters and periods, ending in a period).</summary>
    public static bool IsDottedAbbreviation(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w[^1] != '.') return false;
        if (w.Length == 2) return CharClass.IsLetter(w[0]);
        var periods = 0;
        var run = 0;
        foreach (var c in w)
        {
            if (c == '.')
            {
                if (run == 0 || run > 2) return false;
                periods++;
                run = 0;
            }
            else if (CharClass.IsLetter(c))
            {
                run++;
            }
            else
            {
                return false;
            }
        }
        return periods >= 2;
    }
}
