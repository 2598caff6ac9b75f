namespace TextPipeline.Entities.Gazetteers;

/// <summary>Reads our own name lists, one entity per line as <c>Canonical|alias|alias…</c>.</summary>
internal static class OwnNameLines
{
    public static IEnumerable<GazetteerEntry> Entries(IEnumerable<string> lines, string type)
    {
        foreach (var line in lines)
        {
            var names = line.Split('|');
            foreach (var name in names) yield return new GazetteerEntry(name, type, null, names[0]);
        }
    }
}
