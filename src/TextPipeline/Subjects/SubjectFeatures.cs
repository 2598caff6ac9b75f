using TextPipeline.Keyphrases;
using TextPipeline.Tokenization;

namespace TextPipeline.Subjects;

/// <summary>
/// What the subject classifier reads from one article: how often each content word occurs, by Porter stem of its
/// lemma (nouns, proper nouns, adjectives, verbs; function words left out), with the title's words counted
/// <see cref="TitleWeight"/> more times. Depends on the article alone.
/// </summary>
public static class SubjectFeatures
{
    public const int TitleWeight = 2;

    public static Dictionary<string, int> Count(Document document, string? title)
    {
        ArgumentNullException.ThrowIfNull(document);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Word || token.Pos is not (UPos.NOUN or UPos.PROPN or UPos.ADJ or UPos.VERB or UPos.X)) continue;
            if (!TermKeys.IsWordLike(document.TextOf(token))) continue;
            var key = TermKeys.KeyOf(document, token);
            if (TermKeys.IsStop(token, key)) continue;
            Add(counts, PorterStemmer.StemPhrase(key), 1);
        }
        if (!string.IsNullOrEmpty(title))
        {
            foreach (var word in PorterStemmer.Words(title))
            {
                if (word.Length < 2 || FunctionWords.Contains(word) || !char.IsLetter(word[0])) continue;
                Add(counts, PorterStemmer.Stem(word), TitleWeight);
            }
        }
        return counts;
    }

    private static void Add(Dictionary<string, int> counts, string stem, int n)
    {
        if (stem.Length < 2) return;
        counts[stem] = counts.GetValueOrDefault(stem) + n;
    }
}
