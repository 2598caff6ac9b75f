using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Linking;

/// <summary>
/// The content words of an article as counted terms: lemmas of the tokenizer's word tokens (stop words, numbers and
/// punctuation left out); when the article has no tagged tokens, lower-cased words of the body text with a light
/// plural stemmer, so the stage works with or without the tokenization stage.
/// </summary>
internal static class ContentWords
{
    public static RelatedFeatures Features(ArticleAnalysis article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!article.IsAnalysable) return RelatedFeatures.Empty; // other languages stay out of the English term statistics
        if (article.Document is { Tokens.Length: > 0 } document && HasNormalForms(document))
        {
            foreach (var token in document.Tokens)
            {
                if (token.IsStop || token.Kind is not (TokenKind.Word or TokenKind.Hashtag)) continue;
                var term = (token.Lemma.Length > 0 ? token.Lemma : token.Norm.Length > 0 ? token.Norm : document.StringOf(token)).ToLowerInvariant();
                if (!Add(counts, term)) continue;
                // A proper noun is shown as first written ("WorldCom", not the lemma "worldcom").
                if (token.Pos == UPos.PROPN && token.Lemma.Length == term.Length) display.TryAdd(term, document.StringOf(token));
            }
        }
        else
        {
            ForEachWord(article.Article.Text.AsSpan(), word => Add(counts, Stem(word)));
        }
        var terms = counts.Select(p => new IndexTerm(p.Key, p.Value, display.GetValueOrDefault(p.Key, p.Key))).ToArray();
        Array.Sort(terms, (x, y) => string.CompareOrdinal(x.Term, y.Term));
        return new RelatedFeatures(terms.ToEquatableArray());
    }

    private static bool HasNormalForms(Document document)
    {
        foreach (var token in document.Tokens)
        {
            if (token.Kind == TokenKind.Word) return token.Lemma.Length > 0 || token.Norm.Length > 0;
        }
        return false;
    }

    private static bool Add(Dictionary<string, int> counts, string term)
    {
        if (term.Length < 2 || StopWords.Contains(term) || !char.IsLetter(term[0])) return false;
        counts[term] = counts.GetValueOrDefault(term) + 1;
        return true;
    }

    /// <summary>Calls <paramref name="action"/> with each lower-cased word (letters and digits, inner apostrophes dropped with what follows).</summary>
    public static void ForEachWord(ReadOnlySpan<char> text, Action<string> action)
    {
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var word = text[start..i];
            // "Blair's" → "blair": the possessive or contraction tail after an apostrophe is skipped.
            if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && char.IsLetter(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsLetter(text[i])) i++;
            }
            if (word.Length > buffer.Length) continue;
            var n = word.ToLowerInvariant(buffer);
            action(new string(buffer[..n]));
        }
    }

    /// <summary>Harman's "S" stemmer: folds the common English plurals (ies → y, es → e, s → ∅).</summary>
    public static string Stem(string word)
    {
        if (word.Length < 4 || word[^1] != 's') return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && !word.EndsWith("eies", StringComparison.Ordinal) && !word.EndsWith("aies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }
        if (word.EndsWith("es", StringComparison.Ordinal) && !word.EndsWith("aes", StringComparison.Ordinal) && !word.EndsWith("ees", StringComparison.Ordinal) && !word.EndsWith("oes", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        if (word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("ss", StringComparison.Ordinal)) return word;
        return word[..^1];
    }
}
