using TextPipeline.Lexicon;
using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>
/// What <see cref="KeyphraseRanker"/> knows about a candidate phrase: its YAKE statistics in the article, how rare its
/// words are in general text (the shipped background document frequencies, so the value depends on the article
/// alone) and in news (the shipped news table: generic news words such as "company" or "claim" are common there),
/// where and how often it occurs, its structure (length, parts of speech, capitals) and the word cluster of
/// its head word (so it can learn that months, titles or numbers are not topics without a stop list).
/// </summary>
internal static class KeyphraseFeatures
{
    private const int ClusterBits = 8;

    private static readonly string[] s_fixed =
    [
        "yake", "idfMean", "idfMin", "idfHead", "logCount", "sentenceShare", "firstPosition", "inLead",
        "words1", "words2", "words3", "words4plus", "isName", "inTitle", "inHeading", "notNoun",
        "allProper", "anyProper", "hasAdj", "headProper", "headNoun", "capitalisedInside", "lowerSeen", "acronym",
        "digits", "headChars", "newsIdfMean", "newsIdfMin", "newsIdfHead",
        "suffixTion", "suffixMent", "suffixAnce", "suffixIty", "suffixNess", "suffixShip", "suffixIng", "suffixEr", "suffixIst", "suffixIsm", "suffixAl", "suffixY",
        "headClusterUnknown",
    ];

    private static readonly string[][] s_suffixes =
    [
        ["tion", "sion"], ["ment"], ["ance", "ence"], ["ity"], ["ness"], ["ship"], ["ing"], ["er", "or"], ["ist"], ["ism"], ["al"], ["y"],
    ];

    /// <summary>Feature names in vector order (the fixed features, then one per head-word cluster prefix).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_fixed, .. Enumerable.Range(0, 1 << ClusterBits).Select(i => "headCluster" + i)];

    public static int Dimension => Names.Count;

    public static float[] Compute(
        KeyphraseCandidate c, Document document, DocumentFrequencies background, DocumentFrequencies news, WordClusters clusters,
        bool inTitle, bool inHeading, double yake)
    {
        var x = new float[Dimension];
        var i = 0;
        double idfSum = 0, idfMin = 1;
        foreach (var w in c.Words)
        {
            var idf = background.Idf(w);
            idfSum += idf;
            idfMin = Math.Min(idfMin, idf);
        }
        var sentences = Math.Max(1, document.Sentences.Length);
        var head = c.Words[^1];
        var headPos = c.Pos.Length > 0 ? c.Pos[^1] : UPos.X;
        var firstText = document.Text.ToString(c.First);
        x[i++] = (float)(-Math.Log(Math.Max(yake, 1e-12)) / 10);
        x[i++] = (float)(idfSum / c.Words.Length);
        x[i++] = (float)idfMin;
        x[i++] = (float)background.Idf(head);
        x[i++] = (float)Math.Log(Math.Max(1, c.Count));
        x[i++] = (float)c.SentenceCount / sentences;
        x[i++] = (float)c.FirstSentence / sentences;
        x[i++] = c.FirstSentence == 0 ? 1 : 0;
        x[i++] = c.Words.Length == 1 ? 1 : 0;
        x[i++] = c.Words.Length == 2 ? 1 : 0;
        x[i++] = c.Words.Length == 3 ? 1 : 0;
        x[i++] = c.Words.Length >= 4 ? 1 : 0;
        x[i++] = c.IsName ? 1 : 0;
        x[i++] = inTitle ? 1 : 0;
        x[i++] = inHeading ? 1 : 0;
        x[i++] = c.NotNoun ? 1 : 0;
        x[i++] = c.Pos.Length > 0 && c.Pos.All(p => p == UPos.PROPN) ? 1 : 0;
        x[i++] = c.Pos.Any(p => p == UPos.PROPN) ? 1 : 0;
        x[i++] = c.Pos.Any(p => p == UPos.ADJ) ? 1 : 0;
        x[i++] = headPos == UPos.PROPN ? 1 : 0;
        x[i++] = headPos == UPos.NOUN ? 1 : 0;
        x[i++] = c.CapitalisedInside ? 1 : 0;
        x[i++] = c.LowerCaseSeen ? 1 : 0;
        x[i++] = IsAcronym(firstText) ? 1 : 0;
        x[i++] = firstText.Any(char.IsDigit) ? 1 : 0;
        x[i++] = Math.Min(head.Length, 20) / 10f;
        double newsSum = 0, newsMin = 1;
        foreach (var w in c.Words)
        {
            var idf = news.Idf(w);
            newsSum += idf;
            newsMin = Math.Min(newsMin, idf);
        }
        x[i++] = (float)(newsSum / c.Words.Length);
        x[i++] = (float)newsMin;
        x[i++] = (float)news.Idf(head);
        // The head word's suffix: abstract nouns ("significance", "understanding") are rarely topics.
        var suffix = Array.FindIndex(s_suffixes, set => set.Any(sfx => head.Length > sfx.Length + 2 && head.EndsWith(sfx, StringComparison.Ordinal)));
        for (var k = 0; k < s_suffixes.Length; k++) x[i++] = k == suffix ? 1 : 0;
        var path = clusters.Lookup(head);
        x[i++] = path.IsKnown ? 0 : 1;
        if (path.IsKnown)
        {
            // The first ClusterBits bits of the path (a shorter path padded with zeros): one of 2^ClusterBits coarse clusters.
            var n = Math.Min(ClusterBits, path.Length);
            var prefix = (path.Bits >> (path.Length - n)) << (ClusterBits - n);
            x[s_fixed.Length + (int)prefix] = 1;
        }
        return x;
    }

    private static bool IsAcronym(string text)
    {
        var letters = 0;
        foreach (var ch in text)
        {
            if (char.IsLower(ch)) return false;
            if (char.IsLetter(ch)) letters++;
        }
        return letters >= 2;
    }
}
