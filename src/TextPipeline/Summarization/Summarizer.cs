using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Summarization;

/// <summary>
/// Extractive summaries: eligible sentences (<see cref="SentenceShape"/>) scored by LexRank centrality, lead
/// position, length and title/entity overlap, chosen greedily with MMR, never opening with a dangling pronoun or
/// connective whose antecedent sentence is left out; then put back in article order. Deterministic, thread-safe.
/// </summary>
internal static class Summarizer
{
    public const string Ellipsis = "…";

    /// <summary>
    /// Sentences the LexRank graph holds at most (beyond twice the budget): the graph is quadratic, and a news summary
    /// comes from the opening pages, so a book-length article is summarized from its first sentences in time linear
    /// in its length. Articles with fewer eligible sentences (nearly all news) are not affected.
    /// </summary>
    public const int MaxGraphSentences = 200;

    /// <summary>The summary and whether a sentence had to be cut to fit the character budget.</summary>
    public static (Summary Summary, bool Truncated) Summarize(
        Document document, Article article, ReadOnlySpan<Entity> entities, SummaryBudget budget, SummaryWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        weights ??= SummaryWeights.Default;
        var candidates = Eligible(document, article, Math.Max(MaxGraphSentences, 2 * budget.Sentences));
        if (candidates.Count == 0) return (Summary.Empty, false);

        var keys = new List<List<string>>(candidates.Count);
        foreach (var c in candidates)
        {
            var list = new List<string>();
            SentenceShape.ContentKeys(document, document.Sentences[c.Index], list);
            keys.Add(list);
        }
        var graph = new SentenceGraph(keys);
        var scores = Score(candidates, keys, graph, document, article, entities, weights);
        var order = Select(candidates, scores, graph, document, budget, weights);
        if (order.Count == 0) return Truncate(document, candidates, scores, budget);

        order.Sort();
        var spans = order.ConvertAll(i => candidates[i].Span);
        var text = string.Join(' ', spans.Select(s => document.Text.ToString(s)));
        return (new Summary(text, spans.ToEquatableArray()), false);
    }

    /// <summary>The first N eligible-or-not sentences: the Lead-N baseline, for evaluation.</summary>
    public static Summary Lead(Document document, int n)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = new List<TextSpan>();
        foreach (var sentence in document.Sentences)
        {
            if (spans.Count == n) break;
            var span = SentenceShape.Trim(document.Text, sentence.Span);
            if (span.Length > 0) spans.Add(span);
        }
        return new Summary(string.Join(' ', spans.Select(s => document.Text.ToString(s))), spans.ToEquatableArray());
    }

    private readonly record struct Candidate(int Index, TextSpan Span, int Words, bool Dangling);

    private static List<Candidate> Eligible(Document document, Article article, int max)
    {
        var list = new List<Candidate>();
        for (var i = 0; i < document.Sentences.Length && list.Count < max; i++)
        {
            var sentence = document.Sentences[i];
            var span = SentenceShape.Trim(document.Text, sentence.Span);
            if (!SentenceShape.IsEligible(document, article, sentence, span)) continue;
            // The tail of a sentence split mid-line ("Un's recent visit …") is a fragment.
            if (CandidateExtractor.ContinuesOnSameLine(document, sentence.FirstToken)) continue;
            var words = 0;
            foreach (var t in document.TokensOf(sentence)) words += t.Kind == TokenKind.Word ? 1 : 0;
            list.Add(new Candidate(i, span, words, SentenceShape.HasDanglingOpener(document, sentence)));
        }
        return list;
    }

    private static double[] Score(
        List<Candidate> candidates, List<List<string>> keys, SentenceGraph graph, Document document, Article article,
        ReadOnlySpan<Entity> entities, SummaryWeights weights)
    {
        var centrality = graph.Centrality();
        var title = StemSet(article.Title);
        var entityStems = new HashSet<string>(StringComparer.Ordinal);
        var top = 0;
        foreach (var entity in entities)
        {
            if (top++ == 5) break;
            foreach (var w in PorterStemmer.Words(entity.Name)) entityStems.Add(PorterStemmer.Stem(w));
        }
        var scores = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var stems = new HashSet<string>(keys[i].Select(PorterStemmer.StemPhrase), StringComparer.Ordinal);
            var position = 1.0 / Math.Sqrt(1 + i);
            var length = c.Words < 10 ? c.Words / 10.0 : c.Words > 45 ? Math.Max(0, 1 - (c.Words - 45) / 45.0) : 1.0;
            var titleOverlap = title.Count == 0 ? 0 : (double)title.Count(stems.Contains) / title.Count;
            var entityOverlap = entityStems.Count == 0 ? 0 : (double)entityStems.Count(stems.Contains) / entityStems.Count;
            scores[i] = weights.Centrality * centrality[i] + weights.Position * position + weights.Length * length
                + weights.Title * titleOverlap + weights.Entities * entityOverlap;
        }
        return scores;
    }

    /// <summary>Greedy MMR within the budget; returns indexes into the candidates.</summary>
    private static List<int> Select(
        List<Candidate> candidates, double[] scores, SentenceGraph graph, Document document, SummaryBudget budget, SummaryWeights weights)
    {
        var chosen = new List<int>();
        var used = new bool[candidates.Count];
        var chars = 0;
        while (chosen.Count < budget.Sentences)
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (used[i]) continue;
                if (candidates[i].Dangling && !AntecedentChosen(candidates, chosen, i)) continue;
                if (budget.Chars is { } limit && chars + (chosen.Count > 0 ? 1 : 0) + candidates[i].Span.Length > limit) continue;
                double redundancy = 0;
                foreach (var j in chosen) redundancy = Math.Max(redundancy, graph.Similarity[i, j]);
                var value = weights.Lambda * scores[i] - (1 - weights.Lambda) * redundancy * 3;
                if (value > bestValue)
                {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) break;
            used[best] = true;
            chars += (chosen.Count > 0 ? 1 : 0) + candidates[best].Span.Length;
            chosen.Add(best);
        }
        return chosen;
    }

    /// <summary>True when the sentence right before candidate i in the article is already chosen.</summary>
    private static bool AntecedentChosen(List<Candidate> candidates, List<int> chosen, int i)
    {
        var previous = candidates[i].Index - 1;
        foreach (var j in chosen)
        {
            if (candidates[j].Index == previous) return true;
        }
        return false;
    }

    /// <summary>No whole sentence fits the character budget: the best non-dangling sentence, cut at a word boundary.</summary>
    private static (Summary, bool) Truncate(Document document, List<Candidate> candidates, double[] scores, SummaryBudget budget)
    {
        var best = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Dangling) continue;
            if (best < 0 || scores[i] > scores[best]) best = i;
        }
        if (best < 0) best = 0;
        var span = candidates[best].Span;
        var limit = (budget.Chars ?? span.Length) - Ellipsis.Length;
        var text = document.Text.AsSpan(span);
        var cut = Math.Min(limit, text.Length);
        // Back off to the last white space, then drop trailing punctuation and spaces before the ellipsis.
        while (cut > 0 && cut < text.Length && !char.IsWhiteSpace(text[cut])) cut--;
        while (cut > 0 && (char.IsWhiteSpace(text[cut - 1]) || char.IsPunctuation(text[cut - 1]) && text[cut - 1] is not (')' or '"'))) cut--;
        if (cut <= 0) cut = Math.Max(0, Math.Min(limit, text.Length));
        var kept = new TextSpan(span.Start, cut);
        return (new Summary(document.Text.ToString(kept) + Ellipsis, EquatableArray.Create(kept)), true);
    }

    private static HashSet<string> StemSet(string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text)) return set;
        foreach (var word in PorterStemmer.Words(text))
        {
            if (!FunctionWords.Contains(word)) set.Add(PorterStemmer.Stem(word));
        }
        return set;
    }
}
