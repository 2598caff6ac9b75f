using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Mentions;

/// <summary>
/// "Deutsche Bank and Gazpromneft" is two names when the article names either side alone elsewhere: the mention is
/// split at "and"/"&amp;" into its two sides. A name that is never written without its "and" ("Marks and Spencer",
/// "Procter &amp; Gamble") stays whole, and so does "X of Y and Z" ("Department of Housing and Urban Development").
/// </summary>
internal static class ConjunctionSplit
{
    public static List<EntityMention> Split(Document document, List<EntityMention> mentions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions) seen.Add(string.Join(' ', m.Words));
        List<EntityMention>? result = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.FirstToken < 0 || m.Entry is not null || m.Words.Count < 3) continue;
            var at = -1;
            for (var i = 1; i < m.Words.Count - 1; i++)
            {
                if (m.Words[i] is "and" or "&") at = i;
            }
            // "Department of Housing and Urban Development": an "of" before the "and" makes one name.
            if (at < 0 || !char.IsUpper(m.Words[at + 1][0]) || m.Words.Take(at).Any(w => w is "of" or "for")) continue;
            var left = string.Join(' ', m.Words.Take(at));
            var right = string.Join(' ', m.Words.Skip(at + 1));
            if (!seen.Contains(left) && !seen.Contains(right)) continue;
            result ??= [.. mentions];
            var leftMention = WrittenWordBoundaries.With(document, m, m.FirstToken, m.FirstToken + at);
            var rightMention = WrittenWordBoundaries.With(document, m, m.FirstToken + at + 1, m.EndToken);
            result[result.IndexOf(m)] = leftMention;
            result.Insert(result.IndexOf(leftMention) + 1, rightMention);
        }
        return result ?? mentions;
    }
}
