using TextPipeline.Entities.Recognition;

namespace TextPipeline.Entities.Training;

/// <summary>
/// Reads token-per-line NER files (CoNLL-2003 IOB1, UNER IOB2, IO, two-column IOB2) into sentences with IOB2 tags over
/// the canonical types PER, ORG, LOC, MISC. Each data set's type names are mapped as its NOTICE says
/// (<see cref="MapType"/>); any other type becomes O.
/// </summary>
internal static class NerCorpusReader
{
    public static List<NerSentence> ReadFile(string path) => Read(File.ReadLines(path));

    public static List<NerSentence> Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var document = 0;
        var marked = false;
        foreach (var line in lines)
        {
            var parsed = ConllLine.Parse(line);
            if (parsed.Kind == ConllLineKind.Token)
            {
                words.Add(parsed.Word);
                tags.Add(parsed.Tag);
            }
            else if (parsed.Kind is ConllLineKind.Blank or ConllLineKind.DocumentStart
                     || parsed.Kind == ConllLineKind.Comment && line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                Flush(sentences, words, tags, document);
                if (parsed.Kind != ConllLineKind.Blank)
                {
                    // A document marker: the sentences read so far belong to earlier documents.
                    if (marked || sentences.Count > 0) document++;
                    marked = true;
                }
            }
        }
        Flush(sentences, words, tags, document);
        // A file that marks no documents: every sentence stands alone.
        if (!marked)
        {
            for (var i = 0; i < sentences.Count; i++) sentences[i] = sentences[i] with { Document = i };
        }
        return sentences;
    }

    /// <summary>Canonical type for a data set's type name, or null when it maps to O.</summary>
    public static string? MapType(string type) => type switch
    {
        "PER" or "person" or "politician" or "Person" => "PER",
        "ORG" or "organisation" or "organization" or "politicalparty" or "corporation" or "group" or "Organisation" => "ORG",
        "LOC" or "location" or "country" or "GPE" or "Location" => "LOC",
        // Works, products, events and other names: MISC, learned only when a model is trained with that type.
        "MISC" or "OTH" or "misc" or "event" or "creative-work" or "product" => "MISC",
        _ => null,
    };

    /// <summary>
    /// Normalises raw tags (IOB1, IO, IOB2, BIOES prefixes, any type names) to IOB2 over canonical types: an I- that does
    /// not continue an entity of its type starts one.
    /// </summary>
    public static string[] ToIob2(IReadOnlyList<string> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var result = new string[raw.Count];
        string? previousType = null;
        for (var i = 0; i < raw.Count; i++)
        {
            var tag = raw[i];
            string? type = null;
            var prefix = 'O';
            if (tag.Length > 2 && tag[1] == '-')
            {
                prefix = tag[0];
                type = MapType(tag[2..]);
            }
            if (type is null)
            {
                result[i] = "O";
                previousType = null;
                continue;
            }
            var begins = prefix is 'B' or 'S' || previousType != type;
            result[i] = (begins ? "B-" : "I-") + type;
            previousType = prefix is 'E' or 'S' ? null : type;
        }
        return result;
    }

    private static void Flush(List<NerSentence> sentences, List<string> words, List<string> tags, int document)
    {
        if (words.Count == 0) return;
        sentences.Add(new NerSentence([.. words], null, ToIob2(tags)) { Document = document });
        words.Clear();
        tags.Clear();
    }
}
