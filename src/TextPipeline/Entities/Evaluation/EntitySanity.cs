using TextPipeline.Entities.Gazetteers;
using TextPipeline.Pipeline;

namespace TextPipeline.Entities.Evaluation;

/// <summary>A suspicious entity found by <see cref="EntitySanity"/>.</summary>
internal sealed record SanityCase(string ArticleId, string Kind, string Name, string Mention, string? Id);

/// <summary>
/// The checks the issue asks for, over every article of a run:
/// <list type="bullet">
/// <item><c>foreign-spelling</c>: an entity named with a letter beyond a-z that the article never uses (Būsh, Bānk,
/// Göd): must be 0.</item>
/// <item><c>unsupported-expansion</c>: an abbreviation shown as a longer name that the article never writes, where the
/// sense does not come from our own reviewed lists (own entries, subject senses, the site's list): must be 0.</item>
/// <item><c>listed-expansion</c>: abbreviations expanded by our own reviewed lists without the article writing the
/// expansion (GM → General Motors): listed for a person to read, not counted as errors.</item>
/// </list>
/// </summary>
internal static class EntitySanity
{
    public static List<SanityCase> Check(IReadOnlyList<ArticleAnalysis> articles, Gazetteer names)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(names);
        var cases = new List<SanityCase>();
        foreach (var a in articles)
        {
            var text = a.Article.Text.ToString();
            var letters = new HashSet<char>(text.Where(char.IsLetter).Select(char.ToLowerInvariant));
            foreach (var e in a.Entities)
            {
                var mentions = e.Mentions.Select(m => a.Article.Text.ToString(m)).Distinct(StringComparer.Ordinal).ToList();
                if (e.Name.Any(c => c >= 128 && char.IsLetter(c) && !letters.Contains(char.ToLowerInvariant(c))))
                {
                    cases.Add(new SanityCase(a.Id, "foreign-spelling", e.Name, mentions[0], e.Id));
                }
                // An expansion is supported when the article writes it, or names the entity in full elsewhere
                // ("World Health Organisation (WHO)" for the listed "World Health Organization").
                if (!e.Linked || text.Contains(e.Name, StringComparison.OrdinalIgnoreCase) || mentions.Any(m => m.Contains(' ', StringComparison.Ordinal))) continue;
                foreach (var m in mentions)
                {
                    if (!IsAbbreviation(m) || e.Name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) continue;
                    var reviewed = names.FindAll(m).Any(g => g.Canonical == e.Name && g.Source is "own" or "own-companies" or "own-senses" or "own-clubs" or "own-bands" or "user");
                    cases.Add(new SanityCase(a.Id, reviewed ? "listed-expansion" : "unsupported-expansion", e.Name, m, e.Id));
                }
            }
        }
        return cases;
    }

    /// <summary>Two to six capitals and no lower-case letter ("IOC", "U.N."); longer capitals are words in a headline.</summary>
    private static bool IsAbbreviation(string mention)
    {
        if (mention.Count(char.IsLetter) > 6) return false;
        var capitals = 0;
        foreach (var c in mention)
        {
            if (char.IsUpper(c)) capitals++;
            else if (char.IsLower(c)) return false;
        }
        return capitals >= 2;
    }
}
