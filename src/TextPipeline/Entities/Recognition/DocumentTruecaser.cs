using TextPipeline.Entities.Gazetteers;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Recognition;

/// <summary>
/// Gives the recognizer the usual casing of words in sentences written all in capitals (headlines, tables, datelines:
/// "LEICESTERSHIRE TAKE OVER AT TOP") or all in lower case (web comments: "cheap hotels in san francisco"), so its
/// features see names as they are usually written. A run of words that is a listed name ignoring case takes the
/// list's casing ("NEW YORK" → "New York"); another word takes the form it has elsewhere in the same article (inside a
/// mixed-case sentence), else the casing the model's word classes say it usually has. In lower-case sentences only
/// clear cases change (listed names that are not common words, words nearly always capitalised); short words of
/// unknown case stay as written. Other sentences pass through unchanged.
/// </summary>
internal sealed class DocumentTruecaser(Document document, WordLexicon? lexicon, Gazetteer gazetteer)
{
    private const int LongestListedName = 4;

    private Dictionary<string, string>? _forms;

    /// <summary>The words the model should see; <paramref name="changed"/> marks lower-case words made names (or is null).</summary>
    public IReadOnlyList<string> ForModel(string[] words, out bool[]? changed)
    {
        changed = null;
        var caps = IsAllCaps(words);
        if (!caps && !IsAllLowerCase(words)) return WithLowerCasePlaces(words, out changed);
        _forms ??= CollectForms(document);
        var result = (string[])words.Clone();
        var done = new bool[words.Length];
        ApplyListedNames(words, result, done, caps);
        for (var i = 0; i < words.Length; i++)
        {
            if (!done[i]) result[i] = caps ? TruecaseCapitals(words[i]) : TruecaseLower(words[i]);
        }
        return result;
    }

    /// <summary>
    /// In an ordinary sentence, a place written in lower case ("i live in kerala", "flights to san francisco") gets its
    /// listed form; other words are left alone.
    /// </summary>
    private string[] WithLowerCasePlaces(string[] words, out bool[]? changed)
    {
        changed = null;
        var (forms, firstWords) = gazetteer.LowerCasePlaces;
        string[]? result = null;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length < 4 || !char.IsLower(w[0])) continue;
            var n = 0;
            string? form = null;
            if (firstWords.Contains(w))
            {
                for (var k = Math.Min(3, words.Length - i); k >= 2 && form is null; k--)
                {
                    if (forms.TryGetValue(string.Join(' ', words, i, k), out var f)) { form = f; n = k; }
                }
            }
            if (form is null && forms.TryGetValue(w, out var single)) { form = single; n = 1; }
            if (form is null) continue;
            result ??= (string[])words.Clone();
            changed ??= new bool[words.Length];
            var parts = form.Split(' ');
            for (var k = 0; k < n; k++)
            {
                result[i + k] = parts[k];
                changed[i + k] = true;
            }
            i += n - 1;
        }
        return result ?? words;
    }

    private void ApplyListedNames(string[] words, string[] result, bool[] done, bool caps)
    {
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = Math.Min(LongestListedName, words.Length - i); n >= 1; n--)
            {
                if (n == 1 && caps) break; // one capitalised word: the article's own usage decides below
                if (!words[i].Any(char.IsLetter)) break;
                var phrase = string.Join(' ', words, i, n);
                var entry = FirstUsable(gazetteer.FindAllIgnoreCase(phrase), n);
                if (entry is null) continue;
                var listed = Gazetteer.SplitName(entry.Name);
                if (listed.Length != n) continue;
                for (var k = 0; k < n; k++)
                {
                    result[i + k] = listed[k];
                    done[i + k] = true;
                }
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>A listed name to copy casing from: not a demonym, and a single word only when it is not a common word.</summary>
    private static GazetteerEntry? FirstUsable(IReadOnlyList<GazetteerEntry> entries, int words)
    {
        foreach (var e in entries)
        {
            if (e.Type is "DEM" or "NORP" || e.Kind is not null) continue;
            if (words == 1 && (e.CommonWordCount >= 3 || e.Name.Length < 4 || !e.Name.Any(char.IsUpper))) continue;
            return e;
        }
        return null;
    }

    /// <summary>How often the model's word classes saw the word capitalised: 0 (under 5%) … 4 (over 95%), 5 never inside a sentence, -1 unknown.</summary>
    private int CapitalBand(string lower)
    {
        var wordClass = lexicon?.ClassOf(lower) ?? 0;
        return wordClass == 0 ? -1 : (wordClass - 1) / 4;
    }

    private string TruecaseCapitals(string word)
    {
        if (!word.Any(char.IsLetter)) return word;
        var lower = word.ToLowerInvariant();
        if (_forms!.TryGetValue(lower, out var form)) return form;
        var capitalBand = CapitalBand(lower);
        if (capitalBand is 0 or 1) return lower;
        if (capitalBand is 3 or 4 && word.Length > 4) return TitleCase(lower);
        if (word.Length > 4 && FirstUsable(gazetteer.FindAllIgnoreCase(word), 1) is { } listed) return listed.Name;
        return word;
    }

    private string TruecaseLower(string word)
    {
        if (word.Length < 4 || !word.All(char.IsLetter)) return word;
        var capitalBand = CapitalBand(word);
        // Capitalised elsewhere in the article and not a word usually written in lower case ("eastern" is).
        if (_forms!.TryGetValue(word, out var form) && char.IsUpper(form[0]) && capitalBand is -1 or >= 3) return form;
        return capitalBand == 4 ? TitleCase(word) : word;
    }

    private static string TitleCase(string lower)
    {
        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'' or '’' or '.') chars[i] = char.ToUpperInvariant(chars[i]);
        }
        return new string(chars);
    }

    /// <summary>Most frequent written form of each word inside mixed-case sentences (not sentence-initial).</summary>
    private static Dictionary<string, string> CollectForms(Document document)
    {
        var counts = new Dictionary<(string Lower, string Form), int>();
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            if (tokens.Length < 2) continue;
            var words = new string[tokens.Length];
            for (var i = 0; i < tokens.Length; i++) words[i] = document.StringOf(tokens[i]);
            if (IsAllCaps(words) || IsAllLowerCase(words)) continue;
            for (var i = 1; i < words.Length; i++)
            {
                var w = words[i];
                if (!w.Any(char.IsLetter)) continue;
                var key = (w.ToLowerInvariant(), w);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        var best = new Dictionary<string, (string Form, int Count)>(StringComparer.Ordinal);
        foreach (var ((lower, form), n) in counts.OrderBy(kv => kv.Key.Form, StringComparer.Ordinal))
        {
            if (!best.TryGetValue(lower, out var b) || n > b.Count) best[lower] = (form, n);
        }
        return best.ToDictionary(kv => kv.Key, kv => kv.Value.Form, StringComparer.Ordinal);
    }

    /// <summary>
    /// No lower-case letter, and at least two words with letters or one long word: a headline, table row or dateline
    /// ("BELGRADE 1996-08-22") in capitals.
    /// </summary>
    internal static bool IsAllCaps(string[] words)
    {
        var withLetters = 0;
        var longest = 0;
        foreach (var w in words)
        {
            var letters = 0;
            foreach (var ch in w)
            {
                if (char.IsLower(ch)) return false;
                if (char.IsLetter(ch)) letters++;
            }
            if (letters > 0) withLetters++;
            longest = Math.Max(longest, letters);
        }
        return withLetters >= 2 || withLetters == 1 && longest >= 5;
    }

    /// <summary>Three or more words and no capital letter except in "I" ("where can I get morcillas in tampa bay").</summary>
    internal static bool IsAllLowerCase(string[] words)
    {
        var withLetters = 0;
        foreach (var w in words)
        {
            if (w is "I" or "I'm" or "I've" or "I'll" or "I'd") continue;
            var hasLetter = false;
            foreach (var ch in w)
            {
                if (char.IsUpper(ch)) return false;
                if (char.IsLetter(ch)) hasLetter = true;
            }
            if (hasLetter) withLetters++;
        }
        return withLetters >= 3;
    }
}
