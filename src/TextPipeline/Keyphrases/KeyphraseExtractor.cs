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
internal static class KeyphraseExtractor
{
    public const int DefaultCount = 20;

    /// <summary>With a taggability model, this many of its best candidates are added after the ranked keyphrases.</summary>
    public const int TagCandidates = 8;

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
        int count = DefaultCount,
        KeyphraseRanker? ranker = null,
        KeyphraseRanker? tagRanker = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(frequencies);
        weights ??= KeyphraseWeights.Default;
        if (document.Tokens.IsEmpty || count <= 0) return [];
        var scored = ScoredCandidates(document, article, entities, frequencies, weights, ranker);
        var features = scored.ToDictionary(p => p.Candidate, p => p.Features);
        if (scored.Count == 0) return [];
        var candidates = scored.ToDictionary(p => p.Candidate.StemKey, p => p.Candidate, StringComparer.Ordinal);

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

        if (tagRanker is not null)
        {
            // The best tag candidates join the list even when the keyphrase ranker put them lower: keyphrases.csv
            // then holds every phrase the tags were chosen from (after the first `count`, so rankings stay as they were).
            var byTagScore = ranked.Where(c => features[c] is not null && !chosen.Contains(c))
                .Select(c => (Candidate: c, Score: tagRanker.Logit(features[c]!)))
                .OrderByDescending(p => p.Score).ThenBy(p => p.Candidate.StemKey, StringComparer.Ordinal).ToList();
            var added = 0;
            foreach (var (c, _) in byTagScore)
            {
                if (added == TagCandidates) break;
                if (chosen.Exists(s => Contains(s.StemKey, c.StemKey) || Contains(c.StemKey, s.StemKey))) continue;
                chosen.Add(c);
                added++;
            }
        }

        var best = chosen.Count == 0 ? 0 : chosen[0].Raw;
        var result = new List<Keyphrase>(chosen.Count);
        foreach (var c in chosen)
        {
            // With the learned ranker the score is its probability; else a 0..1 ratio to the best candidate.
            var score = ranker is not null ? Sigmoid(c.Raw) : Math.Exp((c.Raw - best) / ScoreTemperature);
            var tagScore = tagRanker is not null && features[c] is { } x ? Sigmoid(tagRanker.Logit(x)) : score;
            result.Add(new Keyphrase(document.Text.ToString(c.First), Math.Round(score, 4), c.First)
            {
                Occurrences = c.Count,
                IsNounPhrase = !c.NotNoun,
                Name = CanonicalName(document, c),
                TagScore = Math.Round(tagScore, 4),
            });
        }
        return result;
    }

    /// <summary>
    /// Every candidate of the article with its raw score (the ranker's logit, or the weighted feature sum) and its
    /// <see cref="KeyphraseFeatures"/> vector (with a ranker or when <paramref name="withFeatures"/>). With a ranker
    /// the features read the ranker's own frequency tables; for training, <paramref name="frequencies"/> and
    /// <paramref name="newsFrequencies"/> are those tables.
    /// </summary>
    internal static List<(KeyphraseCandidate Candidate, float[]? Features)> ScoredCandidates(
        Document document, Article article, ReadOnlySpan<Entity> entities, DocumentFrequencies frequencies,
        KeyphraseWeights weights, KeyphraseRanker? ranker, bool withFeatures = false, DocumentFrequencies? newsFrequencies = null,
        Lexicon.WordClusters? clusters = null)
    {
        var stats = TermStatistics.Compute(document);
        var candidates = CandidateExtractor.Extract(document, stats, entities);
        var result = new List<(KeyphraseCandidate, float[]?)>(candidates.Count);
        if (candidates.Count == 0) return result;

        var title = StemSet(article.Title);
        var headings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in article.Headings)
        {
            headings.UnionWith(StemSet(article.Text.ToString(heading)));
        }
        // The features read word clusters: the ranker's own, or for training the ones given.
        clusters = ranker?.Clusters ?? (withFeatures ? clusters ?? throw new ArgumentException("Features need word clusters.", nameof(clusters)) : null);
        var background = ranker?.Background ?? frequencies;
        var news = ranker?.News ?? newsFrequencies ?? DocumentFrequencies.None;
        foreach (var c in candidates.Values.OrderBy(c => c.StemKey, StringComparer.Ordinal))
        {
            var (raw, yake, inTitle, inHeading) = RawScore(c, stats, frequencies, title, headings, weights);
            float[]? x = null;
            if (clusters is not null) x = KeyphraseFeatures.Compute(c, document, background, news, clusters, inTitle, inHeading, yake);
            c.Raw = ranker is not null ? ranker.Logit(x!) : raw;
            result.Add((c, x));
        }
        return result;
    }

    private static (double Raw, double Yake, bool InTitle, bool InHeading) RawScore(
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
            idf += frequencies.Idf(word);
            var stem = PorterStemmer.StemPhrase(word);
            inTitle &= title.Contains(stem);
            inHeading &= headings.Contains(stem);
        }
        idf /= c.Words.Length;
        var yake = product / (c.Count * (1 + sum));
        var raw = weights.Yake * -Math.Log(Math.Max(yake, 1e-12))
            + weights.Idf * Math.Log(Math.Max(idf, 1e-6))
            + (inTitle ? weights.Title : 0)
            + (inHeading ? weights.Heading : 0)
            + (c.IsName ? weights.Name : 0)
            + (c.NotNoun ? weights.NotNoun : 0)
            + weights.Length * (c.Words.Length - 1)
            + weights.Frequency * Math.Log(c.Count);
        return (raw, yake, inTitle, inHeading);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>See <see cref="Keyphrase.Name"/>.</summary>
    private static string CanonicalName(Document document, KeyphraseCandidate c)
    {
        var text = document.Text.ToString(c.First);
        if (c.IsName || c.FirstToken < 0) return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var tokens = document.Tokens;
        var end = Math.Min(tokens.Length, c.FirstToken + c.Pos.Length);
        var sb = new System.Text.StringBuilder();
        for (var k = c.FirstToken; k < end; k++)
        {
            var token = tokens[k];
            var word = document.TextOf(token).ToString();
            // A capital inside a sentence marks a name ("United Nations", "Sideways"): such a phrase stays as written.
            if (char.IsUpper(word[0]) && !IsSentenceStart(document, k)) return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (token.Pos != UPos.PROPN && !HasInnerCapital(word))
            {
                word = k == end - 1 && token.Pos == UPos.NOUN && !string.IsNullOrEmpty(token.Lemma) && token.Lemma.All(ch => !char.IsUpper(ch))
                    ? token.Lemma
                    : word.ToLowerInvariant();
            }
            if (sb.Length > 0 && (k == c.FirstToken || token.Span.Start > tokens[k - 1].Span.End)) sb.Append(' ');
            sb.Append(word);
        }
        return sb.ToString();
    }

    private static bool IsSentenceStart(Document document, int token)
    {
        foreach (var sentence in document.Sentences)
        {
            if (sentence.FirstToken == token) return true;
            if (sentence.FirstToken > token) break;
        }
        return false;
    }

    /// <summary>"BBC", "iPod", "McDonald": capitals after the first letter mark a name or acronym.</summary>
    private static bool HasInnerCapital(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i])) return true;
        }
        return false;
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
