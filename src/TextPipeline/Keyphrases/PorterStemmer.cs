using System.Text;

namespace TextPipeline.Keyphrases;

/// <summary>
/// The Porter (1980) stemmer, written from the paper ("An algorithm for suffix stripping"), on lower-case ASCII
/// words. Words of one or two letters and words with non-letters are returned unchanged. Thread-safe.
/// </summary>
internal static class PorterStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2) return word;
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z') return word;
        }
        var w = new StringBuilder(word);
        Step1a(w);
        Step1b(w);
        Step1c(w);
        Step2(w);
        Step3(w);
        Step4(w);
        Step5(w);
        return w.ToString();
    }

    /// <summary>Lower-cases, splits on non-alphanumerics and stems each word; words joined by one space.</summary>
    public static string StemPhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var sb = new StringBuilder(phrase.Length);
        foreach (var word in Words(phrase))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(Stem(word));
        }
        return sb.ToString();
    }

    /// <summary>The lower-cased runs of letters and digits of a text.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static bool IsConsonant(StringBuilder w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>m, the number of VC sequences in w[0..length).</summary>
    private static int Measure(StringBuilder w, int length)
    {
        var i = 0;
        while (i < length && IsConsonant(w, i)) i++;
        var m = 0;
        while (i < length)
        {
            while (i < length && !IsConsonant(w, i)) i++;
            if (i >= length) break;
            while (i < length && IsConsonant(w, i)) i++;
            m++;
        }
        return m;
    }

    private static bool HasVowel(StringBuilder w, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!IsConsonant(w, i)) return true;
        }
        return false;
    }

    private static bool EndsDoubleConsonant(StringBuilder w, int length) =>
        length >= 2 && w[length - 1] == w[length - 2] && IsConsonant(w, length - 1);

    /// <summary>*o: the stem ends cvc, where the second c is not w, x or y.</summary>
    private static bool EndsCvc(StringBuilder w, int length) =>
        length >= 3 && IsConsonant(w, length - 3) && !IsConsonant(w, length - 2) && IsConsonant(w, length - 1)
        && w[length - 1] is not ('w' or 'x' or 'y');

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length) return false;
        var offset = w.Length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[offset + i] != suffix[i]) return false;
        }
        return true;
    }

    private static void Replace(StringBuilder w, string suffix, string replacement)
    {
        w.Length -= suffix.Length;
        w.Append(replacement);
    }

    /// <summary>Replaces the suffix when the stem before it has m &gt; <paramref name="minMeasure"/>; true when the suffix matched.</summary>
    private static bool ReplaceIfMeasure(StringBuilder w, string suffix, string replacement, int minMeasure)
    {
        if (!EndsWith(w, suffix)) return false;
        if (Measure(w, w.Length - suffix.Length) > minMeasure) Replace(w, suffix, replacement);
        return true;
    }

    private static void Step1a(StringBuilder w)
    {
        if (EndsWith(w, "sses")) Replace(w, "sses", "ss");
        else if (EndsWith(w, "ies")) Replace(w, "ies", "i");
        else if (EndsWith(w, "ss")) { }
        else if (EndsWith(w, "s")) w.Length--;
    }

    private static void Step1b(StringBuilder w)
    {
        if (EndsWith(w, "eed"))
        {
            if (Measure(w, w.Length - 3) > 0) w.Length--;
            return;
        }
        string? suffix = EndsWith(w, "ed") ? "ed" : EndsWith(w, "ing") ? "ing" : null;
        if (suffix is null || !HasVowel(w, w.Length - suffix.Length)) return;
        w.Length -= suffix.Length;
        if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
        {
            w.Append('e');
        }
        else if (EndsDoubleConsonant(w, w.Length) && w[^1] is not ('l' or 's' or 'z'))
        {
            w.Length--;
        }
        else if (Measure(w, w.Length) == 1 && EndsCvc(w, w.Length))
        {
            w.Append('e');
        }
    }

    private static void Step1c(StringBuilder w)
    {
        if (EndsWith(w, "y") && HasVowel(w, w.Length - 1)) w[^1] = 'i';
    }

    private static readonly (string Suffix, string Replacement)[] s_step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("abli", "able"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] s_step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] s_step4 =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    private static void Step2(StringBuilder w)
    {
        // Longest matching suffix wins: "ational" before "ation", "ization" before "ation".
        (string Suffix, string Replacement)? best = null;
        foreach (var rule in s_step2)
        {
            if (EndsWith(w, rule.Suffix) && (best is null || rule.Suffix.Length > best.Value.Suffix.Length)) best = rule;
        }
        if (best is { } b) ReplaceIfMeasure(w, b.Suffix, b.Replacement, 0);
    }

    private static void Step3(StringBuilder w)
    {
        foreach (var (suffix, replacement) in s_step3)
        {
            if (ReplaceIfMeasure(w, suffix, replacement, 0)) return;
        }
    }

    private static void Step4(StringBuilder w)
    {
        string? best = null;
        foreach (var suffix in s_step4)
        {
            if (EndsWith(w, suffix) && (best is null || suffix.Length > best.Length)) best = suffix;
        }
        if (best is null) return;
        var stem = w.Length - best.Length;
        if (best == "ion" && !(stem > 0 && w[stem - 1] is 's' or 't')) return;
        if (Measure(w, stem) > 1) w.Length = stem;
    }

    private static void Step5(StringBuilder w)
    {
        if (EndsWith(w, "e"))
        {
            var m = Measure(w, w.Length - 1);
            if (m > 1 || (m == 1 && !EndsCvc(w, w.Length - 1))) w.Length--;
        }
        if (Measure(w, w.Length) > 1 && EndsDoubleConsonant(w, w.Length) && w[^1] == 'l') w.Length--;
    }
}
