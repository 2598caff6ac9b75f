using System.Collections.Immutable;
using TextPipeline.Pipeline;

namespace TextPipeline.Linking;

/// <summary>
/// The duplicate groups of a corpus: for each article, the canonical copy of its group (earliest published, else
/// smallest id) and the other members, sorted by id.
/// </summary>
internal sealed class DuplicateSets : IDuplicateView
{
    private readonly int[] _group;
    private readonly int[] _canonical;
    private readonly Dictionary<int, ImmutableArray<int>> _members;

    private DuplicateSets(int[] group, int[] canonical, Dictionary<int, ImmutableArray<int>> members)
    {
        _group = group;
        _canonical = canonical;
        _members = members;
    }

    public static DuplicateSets From(int[] group, ImmutableArray<ArticleAnalysis> articles)
    {
        var members = new Dictionary<int, List<int>>();
        for (var a = 0; a < group.Length; a++)
        {
            if (group[a] == a) continue;
            if (!members.TryGetValue(group[a], out var list)) members[group[a]] = list = [group[a]];
            list.Add(a);
        }
        var canonical = Enumerable.Range(0, group.Length).ToArray();
        var frozen = new Dictionary<int, ImmutableArray<int>>(members.Count);
        foreach (var (root, list) in members)
        {
            // Articles are sorted by id, so index order is id order.
            list.Sort();
            var best = list[0];
            foreach (var m in list)
            {
                if (IsEarlier(articles[m].Article.Metadata.Published, articles[best].Article.Metadata.Published)) best = m;
            }
            foreach (var m in list) canonical[m] = best;
            frozen[root] = [.. list];
        }
        return new DuplicateSets(group, canonical, frozen);
    }

    /// <summary>Only a known date can be earlier; ISO 8601 dates compare correctly as ordinal strings.</summary>
    private static bool IsEarlier(string? published, string? than) =>
        published is not null && (than is null || string.CompareOrdinal(published, than) < 0);

    public bool IsCanonical(int article) => _canonical[article] == article;

    public int CanonicalOf(int article) => _canonical[article];

    public bool SameGroup(int a, int b) => _group[a] == _group[b];

    /// <summary>The other members of the article's group, in id order (empty for an article without copies).</summary>
    public IEnumerable<int> OthersOf(int article) =>
        _members.TryGetValue(_group[article], out var list) ? list.Where(m => m != article) : [];
}
