using System.Globalization;
using System.Text;
using TextPipeline.Keyphrases;

namespace TextPipeline.Tagging.Evaluation;

/// <summary>One gold tag of an article: its names (aliases, IPTC codes) and whether an editor requires it.</summary>
public sealed record TagGoldLine(IReadOnlyList<string> Names, bool Core)
{
    /// <summary>True when a predicted tag (name, id) is this tag: same canonical name as one alternative, or same id.</summary>
    public bool Matches(string name, string? id)
    {
        var key = TagGold.Canonical(name);
        foreach (var n in Names)
        {
            if (id is not null && n == id) return true;
            if (TagGold.Canonical(n) == key) return true;
        }
        return false;
    }
}

/// <summary>
/// Editor tag gold (data/gold/bbc-tags-gold.tsv): <c>article_id TAB core|ok TAB name | alternative | …</c>.
/// Names are compared canonically (<see cref="Canonical"/>): letter case, accents, punctuation, a leading "the" and
/// inflection (Porter stems) do not matter.
/// </summary>
public static class TagGold
{
    public static IReadOnlyDictionary<string, IReadOnlyList<TagGoldLine>> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var gold = new Dictionary<string, List<TagGoldLine>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 3) continue;
            var names = cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length == 0) continue;
            var id = cols[0].Trim();
            if (!gold.TryGetValue(id, out var list)) gold[id] = list = [];
            list.Add(new TagGoldLine(names, cols[1].Trim() == "core"));
        }
        return gold.ToDictionary(p => p.Key, p => (IReadOnlyList<TagGoldLine>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>Lower case, accents and punctuation removed, a leading "the" dropped, each word Porter-stemmed.</summary>
    public static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is '\'' or '’' ? '\0' : c);
        }
        var words = PorterStemmer.Words(sb.Replace("\0", "").ToString()).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        return string.Join(' ', words.Select(PorterStemmer.Stem));
    }
}
