namespace TextPipeline.Tokenization.Conllu;

/// <summary>Reads CoNLL-U (Universal Dependencies) files: comments, multiword ranges, empty nodes (skipped).</summary>
internal static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var s in Read(reader)) yield return s;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? sentId = null, text = null;
        bool newDoc = false, newPar = false;
        var tokens = new List<ConlluToken>();
        var words = new List<ConlluWord>();
        var rangeEnd = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                if (words.Count > 0) yield return new ConlluSentence(sentId, text, newDoc, newPar, [.. tokens], [.. words]);
                sentId = text = null;
                newDoc = newPar = false;
                tokens.Clear();
                words.Clear();
                rangeEnd = 0;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) sentId = line[12..];
                else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal)) newDoc = newPar = true;
                else if (line.StartsWith("# newpar", StringComparison.Ordinal)) newPar = true;
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 10) continue;
            var id = cols[0];
            if (id.Contains('.')) continue; // empty node
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                var from = int.Parse(id.AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture);
                var to = int.Parse(id.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture);
                tokens.Add(new ConlluToken(cols[1], from - 1, to - from + 1, SpaceAfter(cols[9])));
                rangeEnd = to;
                continue;
            }
            var index = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
            words.Add(new ConlluWord(cols[1], cols[2], cols[3], cols[4], cols[9]));
            if (index > rangeEnd) tokens.Add(new ConlluToken(cols[1], index - 1, 1, SpaceAfter(cols[9])));
        }
        if (words.Count > 0) yield return new ConlluSentence(sentId, text, newDoc, newPar, [.. tokens], [.. words]);
    }

    private static bool SpaceAfter(string misc) => !misc.Split('|').Contains("SpaceAfter=No", StringComparer.Ordinal);

    public static UPos ParseUPos(string tag) => Enum.TryParse<UPos>(tag, ignoreCase: false, out var pos) && Enum.IsDefined(pos) ? pos : UPos.X;
}
