using System.Globalization;
using TextPipeline.Text;

namespace TextPipeline.Tokenization.Conllu;

/// <summary>
/// Writes CoNLL-U: <c># sent_id</c>, <c># text</c>, then ID FORM LEMMA UPOS and <c>_</c> for the other columns;
/// MISC holds <c>SpaceAfter=No</c> where the text has no space and, when a tagger of named entities is given,
/// <c>NER=B-PER</c> style tags. Written words split into several syntactic words get a multiword-token range line
/// (<c>6-7 Google's</c>) before their words, as UD does.
/// </summary>
internal static class ConlluWriter
{
    /// <summary>
    /// Per-token NER tags for a document (IOB2, same length as <see cref="Document.Tokens"/>; null or "O" entries
    /// write nothing). The entities stage plugs in here.
    /// </summary>
    public delegate IReadOnlyList<string?>? NerTagger(Document document);

    /// <summary>Writes an analysed text, one CoNLL-U sentence per <see cref="Document.Sentences"/> entry.</summary>
    public static void Write(TextWriter writer, Document document, string sentIdPrefix = "s", NerTagger? ner = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var tags = ner?.Invoke(document);
        var number = 0;
        foreach (var sentence in document.Sentences)
        {
            number++;
            writer.Write("# sent_id = ");
            writer.Write(sentIdPrefix);
            writer.WriteLine(number.ToString(CultureInfo.InvariantCulture));
            writer.Write("# text = ");
            writer.WriteLine(OneLine(document.Text.AsSpan(sentence.Span)));
            var tokens = document.TokensOf(sentence);
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                // A written word the tokenizer split into syntactic words (don't → do n't, Google's → Google 's) is a
                // UD multiword token: a range line with the written form and SpaceAfter, then its words.
                var last = i;
                while (last + 1 < tokens.Length && tokens[last + 1].ContinuesToken && tokens[last + 1].Span.Start == tokens[last].Span.End) last++;
                var multiword = last > i;
                if (multiword)
                {
                    var written = TextSpan.FromBounds(t.Span.Start, tokens[last].Span.End);
                    var gluedRange = last + 1 < tokens.Length ? tokens[last + 1].Span.Start == written.End : !tokens[last].SpaceAfter;
                    writer.Write($"{(i + 1).ToString(CultureInfo.InvariantCulture)}-{(last + 1).ToString(CultureInfo.InvariantCulture)}\t");
                    writer.Write(Field(document.Text.ToString(written)));
                    writer.WriteLine("\t_\t_\t_\t_\t_\t_\t_\t" + (gluedRange ? "SpaceAfter=No" : "_"));
                }
                for (var w = i; w <= last; w++)
                {
                    var word = tokens[w];
                    var glued = !multiword && (w + 1 < tokens.Length ? tokens[w + 1].Span.Start == word.Span.End : !word.SpaceAfter);
                    var ner1 = tags is not null && sentence.FirstToken + w < tags.Count ? tags[sentence.FirstToken + w] : null;
                    WriteLine(writer, w + 1, document.StringOf(word), word.Lemma, word.Pos, glued, ner1);
                }
                i = last;
            }
            writer.WriteLine();
        }
    }

    /// <summary>Writes gold-tokenized sentences with predicted lemmas and UPOS; forms and token order are kept exactly.</summary>
    public static void Write(TextWriter writer, ConlluSentence sentence, IReadOnlyList<UPos> pos, IReadOnlyList<string> lemmas,
        IReadOnlyList<string?>? nerTags = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.SentId is not null) writer.WriteLine($"# sent_id = {sentence.SentId}");
        if (sentence.Text is not null) writer.WriteLine($"# text = {sentence.Text}");
        var tokenIndex = 0;
        for (var w = 0; w < sentence.Words.Count; w++)
        {
            // Multiword token ranges are written back as they were.
            while (tokenIndex < sentence.Tokens.Count && sentence.Tokens[tokenIndex].FirstWord + sentence.Tokens[tokenIndex].WordCount <= w) tokenIndex++;
            if (tokenIndex < sentence.Tokens.Count && sentence.Tokens[tokenIndex] is { WordCount: > 1 } mwt && mwt.FirstWord == w)
            {
                var range = $"{w + 1}-{w + mwt.WordCount}";
                writer.WriteLine($"{range}\t{mwt.Form}\t_\t_\t_\t_\t_\t_\t_\t{(mwt.SpaceAfter ? "_" : "SpaceAfter=No")}");
            }
            var word = sentence.Words[w];
            var glued = word.Misc.Split('|').Contains("SpaceAfter=No", StringComparer.Ordinal);
            WriteLine(writer, w + 1, word.Form, lemmas[w], pos[w], glued, nerTags is not null && w < nerTags.Count ? nerTags[w] : null);
        }
        writer.WriteLine();
    }

    private static void WriteLine(TextWriter writer, int id, string form, string lemma, UPos pos, bool glued, string? ner)
    {
        var misc = new List<string>(2);
        if (glued) misc.Add("SpaceAfter=No");
        if (!string.IsNullOrEmpty(ner) && ner != "O") misc.Add("NER=" + ner);
        writer.Write(id.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(Field(form));
        writer.Write('\t');
        writer.Write(Field(lemma));
        writer.Write('\t');
        writer.Write(pos.ToString());
        writer.Write("\t_\t_\t_\t_\t_\t");
        writer.WriteLine(misc.Count == 0 ? "_" : string.Join('|', misc));
    }

    private static string Field(string value) => value.Length == 0 ? "_" : value.Replace('\t', ' ');

    private static string OneLine(ReadOnlySpan<char> text)
    {
        var s = text.ToString();
        return s.IndexOfAny(['\r', '\n', '\t']) < 0 ? s : string.Join(' ', s.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
