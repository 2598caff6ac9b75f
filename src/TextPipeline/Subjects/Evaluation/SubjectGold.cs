namespace TextPipeline.Subjects.Evaluation;

/// <summary>
/// Gold subjects of one article: the codes it must get (<see cref="Required"/>, main first) and every code that is
/// fine to give it (<see cref="Acceptable"/>, a superset).
/// </summary>
public sealed record SubjectGold(string Id, IReadOnlyList<string> Required, IReadOnlySet<string> Acceptable)
{
    /// <summary>
    /// Reads either gold format of data/gold: subject gold (<c>id TAB codes…</c>) or tag gold (<c>id TAB level TAB
    /// name | alias …</c>, whose <c>medtop:</c> aliases on <c>core</c> lines are required and on any line acceptable).
    /// </summary>
    public static IReadOnlyList<SubjectGold> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var required = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var acceptable = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) continue;
            var id = cols[0].Trim();
            var core = cols.Length < 3 || cols[1].Trim() == "core";
            var text = cols.Length < 3 ? cols[1] : cols[2];
            var codes = text.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries).Where(c => c.StartsWith("medtop:", StringComparison.Ordinal)).ToList();
            if (!required.ContainsKey(id))
            {
                required[id] = [];
                acceptable[id] = new HashSet<string>(StringComparer.Ordinal);
            }
            if (core) required[id].AddRange(codes.Where(c => !required[id].Contains(c)));
            acceptable[id].UnionWith(codes);
        }
        return [.. required.Where(p => p.Value.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SubjectGold(p.Key, p.Value, acceptable[p.Key]))];
    }
}
