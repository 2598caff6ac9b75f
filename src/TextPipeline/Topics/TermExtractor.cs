using TextPipeline.Tokenization;

namespace TextPipeline.Topics;

/// <summary>
/// Turns an article into topic terms: stop words, punctuation, numbers and words under three letters removed.
/// With tagged tokens (<see cref="TermMode.Lemma"/>) only nouns, proper nouns and adjectives count, by lemma. Verbs
/// were tried (<see cref="TermMode.LemmaWithVerbs"/>, the format-1 default): with the two-pass tagger two of three
/// seeds merged two BBC categories at K=5 (purity 0.837 against 0.950 without verbs; models/README.md);
/// otherwise (<see cref="TermMode.Surface"/>) letter-only words with plurals folded.
/// </summary>
public static class TermExtractor
{
    private const int MinLetters = 3;

    /// <summary>True when the document carries lemmas, so <see cref="TermMode.Lemma"/> can be used.</summary>
    public static bool HasLemmas(Document? document)
    {
        if (document is null) return false;
        foreach (var token in document.Tokens)
        {
            if (token.Kind == TokenKind.Word && token.Lemma.Length > 0) return true;
        }
        return false;
    }

    /// <param name="title">The article's title (not part of its body text); its words are strong topic evidence.</param>
    public static List<TopicTerm> Extract(string text, Document? document, TermMode mode, string? title = null)
    {
        var terms = string.IsNullOrEmpty(title) ? [] : FromSurface(title);
        var lemmas = mode is (TermMode.Lemma or TermMode.LemmaWithVerbs) && HasLemmas(document);
        terms.AddRange(lemmas ? FromLemmas(document!, mode == TermMode.LemmaWithVerbs) : FromSurface(text));
        return terms;
    }

    private static List<TopicTerm> FromLemmas(Document document, bool withVerbs)
    {
        var terms = new List<TopicTerm>();
        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Word || token.IsStop) continue;
            if (token.Pos is not (UPos.NOUN or UPos.PROPN or UPos.ADJ or UPos.X) && !(withVerbs && token.Pos == UPos.VERB)) continue;
            var lemma = token.Lemma.Length > 0 ? token.Lemma : token.Norm;
            if (!IsTermShaped(lemma)) continue;
            var key = lemma.ToLowerInvariant();
            if (StopWords.Contains(key)) continue;
            var surface = (token.Norm.Length > 0 ? token.Norm : document.StringOf(token)).ToLowerInvariant();
            terms.Add(new TopicTerm(key, IsTermShaped(surface) ? surface : key));
        }
        return terms;
    }

    private static List<TopicTerm> FromSurface(string text)
    {
        var terms = new List<TopicTerm>();
        var span = text.AsSpan();
        var i = 0;
        Span<char> buffer = stackalloc char[64];
        while (i < span.Length)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < span.Length && char.IsLetter(span[i])) i++;
            // Letter runs glued to digits ("mp3", "4x4") are not words.
            var gluedToDigit = (start > 0 && char.IsDigit(span[start - 1])) || (i < span.Length && char.IsDigit(span[i]));
            var length = i - start;
            if (gluedToDigit || length < MinLetters || length > buffer.Length) continue;
            var lower = buffer[..length];
            span.Slice(start, length).ToLowerInvariant(lower);
            var word = lower.ToString();
            if (StopWords.Contains(word)) continue;
            var key = FoldPlural(word);
            if (StopWords.Contains(key)) continue;
            terms.Add(new TopicTerm(key, word));
        }
        return terms;
    }

    /// <summary>Crude English plural folding (companies → company, firms → firm), used only without lemmas.</summary>
    internal static string FoldPlural(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        if (word.Length > 4 && word.EndsWith("sses", StringComparison.Ordinal)) return word[..^2];
        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') && !word.EndsWith("ous", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word;
    }

    private static bool IsTermShaped(string word)
    {
        if (word.Length < MinLetters) return false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-') return false;
        }
        return char.IsLetter(word[0]) && char.IsLetter(word[^1]);
    }
}
