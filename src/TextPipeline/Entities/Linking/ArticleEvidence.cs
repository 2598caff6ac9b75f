using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Typing;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Linking;

/// <summary>
/// What one article says that linking can check a candidate against, from the article alone: its text (is an
/// abbreviation's expansion written out?), its letters (may a canonical spelling be shown?), its subjects (sport,
/// business …) and the countries it names (a town of Egypt needs Egypt in the story).
/// </summary>
internal sealed class ArticleEvidence
{
    private readonly HashSet<char> _otherLetters = [];

    public ArticleEvidence(Document document, ArticleSubjects subjects, IEnumerable<string> countries)
    {
        Text = document.Text;
        Subjects = subjects;
        Countries = new HashSet<string>(countries, StringComparer.Ordinal);
        foreach (var ch in Text.AsSpan())
        {
            if (ch >= 128 && char.IsLetter(ch)) _otherLetters.Add(char.ToLowerInvariant(ch));
        }
    }

    public ArticleText Text { get; }

    public ArticleSubjects Subjects { get; }

    /// <summary>ISO 3166-1 alpha-2 codes of the countries (and their parts, states, demonyms) the article names.</summary>
    public HashSet<string> Countries { get; }

    /// <summary>
    /// True when every letter of <paramref name="name"/> beyond the basic Latin alphabet occurs somewhere in the article
    /// (case aside): "Būsh" needs a "ū" in the text, "Göd" an "ö".
    /// </summary>
    public bool HasLettersOf(string name)
    {
        foreach (var ch in name)
        {
            if (ch < 128 || !char.IsLetter(ch)) continue;
            if (!_otherLetters.Contains(char.ToLowerInvariant(ch))) return false;
        }
        return true;
    }

    /// <summary>True when the article contains <paramref name="phrase"/> (ignoring case) as whole words.</summary>
    public bool Contains(string phrase)
    {
        var text = Text.AsSpan();
        var from = 0;
        while (from < text.Length)
        {
            var i = text[from..].IndexOf(phrase.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            var start = from + i;
            var end = start + phrase.Length;
            var leftOk = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
            var rightOk = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (leftOk && rightOk) return true;
            from = start + 1;
        }
        return false;
    }

    /// <summary>Country codes named by the article's place mentions and demonyms, from curated lists only.</summary>
    public static IEnumerable<string> CountriesNamed(IEnumerable<EntityMention> mentions, IEnumerable<GazetteerEntry> demonyms, Gazetteer shipped)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in demonyms)
        {
            if (d.Country is { } c) codes.Add(c);
        }
        foreach (var m in mentions)
        {
            if (m.Type != "LOC") continue;
            foreach (var e in shipped.FindAll(m.Surface))
            {
                if (e.Type == "LOC" && e.Country is { } code && LinkPriors.IsCurated(e)) codes.Add(code);
            }
        }
        return codes;
    }
}
