using System.Collections.Immutable;
using System.Text;
using TextPipeline.Entities.Recognition;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Evaluation;

/// <summary>
/// A gold NER file's documents as the entity stage sees an article: the gold tokens (one sentence per line, tokens
/// separated by spaces) with the pipeline's POS tags, so the evaluated step is exactly the one <c>run</c> applies.
/// Gold tokenisation replaces our tokenizer, as usual when scoring a recognizer.
/// </summary>
internal static class GoldDocuments
{
    /// <summary>Groups sentences by <see cref="NerSentence.Document"/>, in file order.</summary>
    public static IEnumerable<IReadOnlyList<NerSentence>> Split(IReadOnlyList<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var current = new List<NerSentence>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (current.Count > 0 && sentences[i].Document != current[0].Document)
            {
                yield return current;
                current = [];
            }
            current.Add(sentences[i]);
        }
        if (current.Count > 0) yield return current;
    }

    /// <summary>The document built from gold sentences: text, tokens with UPOS and lemmas from <paramref name="analyzer"/>, sentences.</summary>
    public static Document Build(IReadOnlyList<NerSentence> sentences, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(analyzer);
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var spans = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var s in sentences)
        {
            if (text.Length > 0) text.Append('\n');
            var (pos, lemmas) = analyzer.TagWords(s.Words);
            var first = tokens.Count;
            var sentenceStart = text.Length;
            for (var i = 0; i < s.Words.Length; i++)
            {
                if (i > 0) text.Append(' ');
                var word = s.Words[i];
                var start = text.Length;
                text.Append(word);
                var norm = word.ToLowerInvariant();
                var kind = word.Any(char.IsLetterOrDigit) ? TokenKind.Word : TokenKind.Punctuation;
                tokens.Add(new Token(new TextSpan(start, word.Length), kind, pos[i], lemmas[i], norm, StopWords.Contains(norm), true));
            }
            spans.Add(new Sentence(TextSpan.FromBounds(sentenceStart, text.Length), first, tokens.Count - first));
        }
        return new Document(ArticleText.From(text.ToString()), tokens.ToImmutable(), spans.ToImmutable());
    }

    /// <summary>IOB2 tags per sentence of <paramref name="document"/> from the entities' mention spans.</summary>
    public static string[][] Tags(Document document, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var tokens = document.Tokens;
        var byStart = new Dictionary<int, int>(tokens.Length);
        var byEnd = new Dictionary<int, int>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            byStart[tokens[i].Span.Start] = i;
            byEnd[tokens[i].Span.End] = i;
        }
        var flat = new string[tokens.Length];
        Array.Fill(flat, "O");
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                if (!byStart.TryGetValue(m.Start, out var first) || !byEnd.TryGetValue(m.End, out var last)) continue;
                flat[first] = "B-" + e.Type;
                for (var k = first + 1; k <= last; k++) flat[k] = "I-" + e.Type;
            }
        }
        var result = new string[document.Sentences.Length][];
        for (var s = 0; s < result.Length; s++)
        {
            var sentence = document.Sentences[s];
            result[s] = flat[sentence.FirstToken..sentence.EndToken];
        }
        return result;
    }
}
