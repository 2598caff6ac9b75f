using System.Globalization;
using TextPipeline.Text;

namespace TextPipeline.Entities.Evaluation;

/// <summary>
/// One gold mention of our own entity/linking gold (<c>data/gold/bbc-entities.tsv</c>): its article and span in the
/// article's analysed text, type, canonical name, Wikidata id (when known), the id our shipped knowledge base gives
/// the entity (empty: not in it, a NIL for linking), and whether Wikidata has the entity at all.
/// </summary>
internal sealed record LinkingGoldMention(
    string ArticleId, TextSpan Span, string Mention, string Type, string Name, string? Qid, string? KbId, bool Linkable);

/// <summary>Reads the gold TSV: header <c>article_id start end mention type name qid kb_id linkable</c>, tab separated, no quoting.</summary>
internal static class LinkingGold
{
    public static List<LinkingGoldMention> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine()?.Split('\t') ?? throw new InvalidDataException("The gold file is empty.");
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"The gold file has no '{name}' column.");
        int article = Col("article_id"), start = Col("start"), end = Col("end"), mention = Col("mention"), type = Col("type"), name = Col("name"),
            qid = Col("qid"), kb = Col("kb_id"), linkable = Col("linkable");
        var result = new List<LinkingGoldMention>();
        var line = 1;
        while (reader.ReadLine() is { } row)
        {
            line++;
            if (row.Length == 0) continue;
            var c = row.Split('\t');
            if (c.Length < header.Length) throw new InvalidDataException($"Gold line {line} has {c.Length} columns, expected {header.Length}.");
            var s = int.Parse(c[start], NumberStyles.None, CultureInfo.InvariantCulture);
            var e = int.Parse(c[end], NumberStyles.None, CultureInfo.InvariantCulture);
            result.Add(new LinkingGoldMention(c[article], TextSpan.FromBounds(s, e), c[mention], c[type], c[name],
                c[qid].Length > 0 ? c[qid] : null, c[kb].Length > 0 ? c[kb] : null, c[linkable] == "y"));
        }
        return result;
    }
}
