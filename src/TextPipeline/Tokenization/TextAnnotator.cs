using TextPipeline.Text;
using TextPipeline.Tokenization.Conllu;

namespace TextPipeline.Tokenization;

/// <summary>The library side of <c>annotate</c> for the formats the tokenization stage owns.</summary>
internal static class TextAnnotator
{
    /// <summary>Raw text → CoNLL-U. Blank lines are paragraph breaks (sentences never cross them).</summary>
    public static void TextToConllu(TextReader input, TextWriter output, TextAnalyzer analyzer, ConlluWriter.NerTagger? ner = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(analyzer);
        var document = analyzer.Analyze(ArticleText.From(input.ReadToEnd()), default, cancellationToken);
        ConlluWriter.Write(output, document, "s", ner);
    }

    /// <summary>
    /// CoNLL-U → CoNLL-U: the given sentences, words and multiword ranges are kept exactly; LEMMA and UPOS are
    /// predicted. <paramref name="ner"/> may add per-word NER tags.
    /// </summary>
    public static void ConlluToConllu(TextReader input, TextWriter output, TextAnalyzer analyzer,
        Func<IReadOnlyList<string>, IReadOnlyList<string?>?>? ner = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        foreach (var sentence in ConlluReader.Read(input))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = sentence.Words.Select(w => w.Form).ToArray();
            var (pos, lemmas) = analyzer.TagWords(words);
            ConlluWriter.Write(output, sentence, pos, lemmas, ner?.Invoke(words));
        }
    }
}
