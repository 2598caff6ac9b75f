using TextPipeline.Tokenization;

namespace TextPipeline.Entities;

/// <summary>
/// IOB2 tags per token from the entity stage's mentions (what <c>annotate --to conllu</c> writes as <c>NER=</c>), so
/// the annotation shows exactly the entities <c>run</c> finds.
/// </summary>
internal static class EntityTokenTags
{
    public static string[] Tag(Document document, IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var tags = new string[document.Tokens.Length];
        Array.Fill(tags, "O");
        var mentions = entities.SelectMany(e => e.Mentions.Select(m => (Span: m, e.Type))).OrderBy(m => m.Span.Start).ToList();
        var t = 0;
        foreach (var (span, type) in mentions)
        {
            while (t < tags.Length && document.Tokens[t].Span.End <= span.Start) t++;
            var first = true;
            for (var i = t; i < tags.Length && document.Tokens[i].Span.Start < span.End; i++)
            {
                if (tags[i] != "O") break; // overlapping mentions: the earlier one keeps its tokens
                tags[i] = (first ? "B-" : "I-") + type;
                first = false;
            }
        }
        return tags;
    }
}
