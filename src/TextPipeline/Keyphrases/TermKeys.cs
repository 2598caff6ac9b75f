using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>How tokens are compared across an article: the lower-cased lemma, else the norm, else the lower-cased text.</summary>
internal static class TermKeys
{
    public static string KeyOf(Document document, in Token token)
    {
        if (!string.IsNullOrEmpty(token.Lemma)) return LowerIfNeeded(token.Lemma);
        if (!string.IsNullOrEmpty(token.Norm)) return LowerIfNeeded(token.Norm);
        return document.TextOf(token).ToString().ToLowerInvariant();
    }

    /// <summary>True for function words: the tokenizer's flag, or our list when the token carries none.</summary>
    public static bool IsStop(in Token token, string key) => token.IsStop || FunctionWords.Contains(key);

    /// <summary>A word made of letters (hyphens, apostrophes and digits allowed inside), the shape of a content word.</summary>
    public static bool IsWordLike(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0])) return false;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) letters++;
            else if (c is not ('-' or '\'' or '’' or '.' or '&') && !char.IsDigit(c)) return false;
        }
        return letters >= 2 || (text.Length == 1 && char.IsUpper(text[0]));
    }

    private static string LowerIfNeeded(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c)) return s.ToLowerInvariant();
        }
        return s;
    }
}
