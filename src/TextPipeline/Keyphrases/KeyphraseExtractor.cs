using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>
/// Extracts an article's keyphrases: candidates (<see cref="CandidateExtractor"/>), scored by YAKE's statistical
/// features (<see cref="TermStatistics"/>), corpus IDF, title/heading presence and whether they name something,
/// near-duplicates merged; best first. <see cref="Keyphrase.Score"/> is <c>exp((raw - best) / ScoreTemperature)</c>: 1
/// for the best candidate, towards 0 for weaker ones. Deterministic and thread-safe.
/// </summary>
public static class KeyphraseExtractor
{
    public const int DefaultCount = 20;

    /// <summary>
    /// Raw scores are sums of logs, so <c>exp((raw - best) / T)</c> is a 0..1 ratio to the best candidate. T = 5 makes
    /// it agree with entity salience for phrases that are both (least-squares fit through the origin of ln salience
    /// on raw - best over 358 such pairs in 120 BBC News articles and the seed fixture: T = 5.2), so tags can rank
    /// keyphrases and entities on one scale.
    /// </summary>
    public const double ScoreTemperature = 5.0;

    public static IReadOnlyList<Keyphrase> Extract(
        Document document,
        Article article,
        ReadOnlySpan<Entity> entities,
        DocumentFrequencies frequencies,
        KeyphraseWeights? weights = null,
        int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(frequencies);
        weights ??= KeyphraseWeights.Default;
        if (document.Tokens.IsEmpty || count <= 0) return [];
        var stats = TermStatistics.Compute(document);
        var candidates = CandidateExtractor.Extract(document, stats, entities);
        if (candidates.Count == 0) return [];

        var title = StemSet(article.Title);
        var headings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in article.Headings)
        {
            headings.UnionWith(StemSet(article.Text.ToString(heading)));
        }

        foreach (var c in candidates.Values)
        {
            c.Raw = RawScore(c, stats, frequencies, title, headings, weights);
        }

        Subsume(candidates, weights.SubsumeShare);
        var ranked = candidates.Values.Where(c => !c.Subsumed).ToList();
        ranked.Sort(static (a, b) =>
        {
            var c = b.Raw.CompareTo(a.Raw);
            if (c != 0) return c;
            c = a.First.CompareTo(b.First);
            return c != 0 ? c : string.CompareOrdinal(a.StemKey, b.StemKey);
        });

        var chosen = new List<KeyphraseCandidate>(count);
        foreach (var c in ranked)
        {
            if (chosen.Count == count) break;
            if (weights.MergeContained && chosen.Exists(s => Contains(s.StemKey, c.StemKey) || Contains(c.StemKey, s.StemKey))) continue;
            chosen.Add(c);
        }

        var best = chosen.Count == 0 ? 0 : chosen[0].Raw;
        var result = new List<Keyphrase>(chosen.Count);
        foreach (var c in chosen)
        {
            var score = Math.Exp((c.Raw - best) / ScoreTemperature);
            result.Add(new Keyphrase(document.Text.ToString(c.First), Math.Round(score, 4), c.First) { Occurrences = c.Count, IsNounPhrase = !c.NotNoun });
        }
        return result;
    }

    private static double RawScore(
        KeyphraseCandidate c, TermStatistics stats, DocumentFrequencies frequencies,
        HashSet<string> title, HashSet<string> headings, KeyphraseWeights weights)
    {
        double product = 1, sum = 0, idf = 0;
        var inTitle = title.Count > 0;
        var inHeading = headings.Count > 0;
        foreach (var word in c.Words)
        {
            var s = stats.Score(word);
            product *= s;
            sum += s;
            var stem = stats.StemOf(word);
            idf += frequencies.IdfOfStem(stem);
            inTitle &= title.Contains(stem);
            inHeading &= headings.Contains(stem);
        }
        idf /= c.Words.Length;
        var yake = product / (c.Count * (1 + sum));
        return weights.Yake * -Math.Log(Math.Max(yake, 1e-12))
            + weights.Idf * Math.Log(Math.Max(idf, 1e-6))
            + (inTitle ? weights.Title : 0)
            + (inHeading ? weights.Heading : 0)
            + (c.IsName ? weights.Name : 0)
            + (c.NotNoun ? weights.NotNoun : 0)
            + weights.Length * (c.Words.Length - 1)
            + weights.Frequency * Math.Log(c.Count);
    }

    /// <summary>
    /// A part that occurs mostly inside one longer phrase ("korea" in "north korea") is that phrase: the phrase
    /// takes the part's score when better and the part is dropped.
    /// </summary>
    private static void Subsume(Dictionary<string, KeyphraseCandidate> candidates, double share)
    {
        foreach (var phrase in candidates.Values.OrderBy(c => c.StemKey, StringComparer.Ordinal))
        {
            var words = phrase.StemKey.Split(' ');
            if (words.Length < 2) continue;
            for (var length = 1; length < words.Length; length++)
            {
                for (var start = 0; start + length <= words.Length; start++)
                {
                    var key = string.Join(' ', words, start, length);
                    if (!candidates.TryGetValue(key, out var part) || phrase.Count < share * part.Count) continue;
                    part.Subsumed = true;
                    phrase.Raw = Math.Max(phrase.Raw, part.Raw);
                }
            }
        }
    }

    /// <summary>True when <paramref name="inner"/> is a whole-word part of <paramref name="outer"/>.</summary>
    private static bool Contains(string outer, string inner)
    {
        if (outer.Length <= inner.Length) return false;
        var at = 0;
        while ((at = outer.IndexOf(inner, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || outer[at - 1] == ' ';
            var after = at + inner.Length == outer.Length || outer[at + inner.Length] == ' ';
            if (before && after) return true;
            at++;
        }
        return false;
    }

    private static HashSet<string> StemSet(string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text)) return set;
        foreach (var word in PorterStemmer.Words(text)) set.Add(PorterStemmer.Stem(word));
        return set;
    }
}
