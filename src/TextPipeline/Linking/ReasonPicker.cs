using TextPipeline.Pipeline;

namespace TextPipeline.Linking;

/// <summary>
/// Explains a link: the canonical entities both articles name (strongest joint salience first), then the
/// keyphrases they share (case-insensitive), then, when fewer than three reasons were found, the shared terms that
/// add most to the cosine. Ties break by ordinal text, so reasons are deterministic.
/// </summary>
internal static class ReasonPicker
{
    private const int MinimumBeforeTerms = 3;

    public static EquatableArray<string> Pick(ArticleAnalysis a, ArticleAnalysis b, ArticleVectors va, ArticleVectors vb, int max)
    {
        var reasons = new List<string>(max);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        if (!a.Entities.IsEmpty && !b.Entities.IsEmpty)
        {
            var salienceOfB = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var e in b.Entities) salienceOfB[e.Name] = Math.Max(salienceOfB.GetValueOrDefault(e.Name), e.Salience);
            var shared = a.Entities
                .Where(e => salienceOfB.ContainsKey(e.Name))
                .Select(e => (e.Name, Weight: e.Salience * salienceOfB[e.Name]))
                .OrderByDescending(x => x.Weight).ThenBy(x => x.Name, StringComparer.Ordinal);
            AddAll(shared.Select(x => x.Name));
        }

        if (!a.Keyphrases.IsEmpty && !b.Keyphrases.IsEmpty)
        {
            var scoreOfB = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
            foreach (var k in b.Keyphrases) scoreOfB[k.Text] = Math.Max(scoreOfB.GetValueOrDefault(k.Text), k.Score);
            var shared = a.Keyphrases
                .Where(k => scoreOfB.ContainsKey(k.Text))
                .Select(k => (k.Text, Weight: k.Score * scoreOfB[k.Text]))
                .OrderByDescending(x => x.Weight).ThenBy(x => x.Text, StringComparer.Ordinal);
            AddAll(shared.Select(x => x.Text));
        }

        if (reasons.Count < Math.Min(MinimumBeforeTerms, max))
        {
            foreach (var term in SharedTerms(va.Text, vb.Text).Select(t => va.Display[t]))
            {
                if (reasons.Count >= Math.Min(MinimumBeforeTerms, max)) break;
                // A term already inside a listed name ("blair" in "Tony Blair") adds nothing.
                if (reasons.Any(r => r.Contains(term, StringComparison.OrdinalIgnoreCase))) continue;
                Add(term);
            }
        }
        return reasons.ToEquatableArray();

        void AddAll(IEnumerable<string> items)
        {
            foreach (var item in items)
            {
                if (reasons.Count >= max) return;
                Add(item);
            }
        }

        void Add(string item)
        {
            if (seen.Add(item)) reasons.Add(item);
        }
    }

    /// <summary>Shared term ids, largest contribution to the dot product first, ties by id.</summary>
    private static IEnumerable<ulong> SharedTerms(SparseVector a, SparseVector b)
    {
        var shared = new List<(ulong Term, float Weight)>();
        int i = 0, j = 0;
        while (i < a.Terms.Length && j < b.Terms.Length)
        {
            if (a.Terms[i] == b.Terms[j])
            {
                shared.Add((a.Terms[i], a.Weights[i] * b.Weights[j]));
                i++;
                j++;
            }
            else if (a.Terms[i] < b.Terms[j]) i++;
            else j++;
        }
        shared.Sort((x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term));
        return shared.Select(x => x.Term);
    }
}
