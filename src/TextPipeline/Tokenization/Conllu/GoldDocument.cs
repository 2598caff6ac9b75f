using System.Text;
using TextPipeline.Text;

namespace TextPipeline.Tokenization.Conllu;

/// <summary>
/// Raw text rebuilt from gold CoNLL-U (as the CoNLL 2018 shared task does): tokens joined by their SpaceAfter,
/// sentences by a space, paragraphs and documents by a blank line; with the gold character spans of every
/// surface token, word and sentence.
/// </summary>
internal sealed class GoldDocument
{
    private GoldDocument(string text, List<TextSpan> paragraphs, List<TextSpan> sentences, List<TextSpan> tokens,
        List<(TextSpan Span, ConlluWord Word)> words)
    {
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
        Words = words;
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Paragraphs { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public IReadOnlyList<TextSpan> Tokens { get; }

    /// <summary>Words with the span of their surface token (the words of a multiword token share its span).</summary>
    public IReadOnlyList<(TextSpan Span, ConlluWord Word)> Words { get; }

    public static GoldDocument Build(IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var sb = new StringBuilder();
        var paragraphs = new List<TextSpan>();
        var sentenceSpans = new List<TextSpan>();
        var tokens = new List<TextSpan>();
        var words = new List<(TextSpan, ConlluWord)>();
        var paragraphStart = -1;
        foreach (var s in sentences)
        {
            if (sb.Length > 0)
            {
                if (s.NewParagraph)
                {
                    paragraphs.Add(TextSpan.FromBounds(paragraphStart, TrimmedEnd(sb)));
                    sb.Append("\n\n");
                    paragraphStart = -1;
                }
                else if (sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            if (paragraphStart < 0) paragraphStart = sb.Length;
            var start = sb.Length;
            foreach (var t in s.Tokens)
            {
                var span = new TextSpan(sb.Length, t.Form.Length);
                sb.Append(t.Form);
                tokens.Add(span);
                for (var w = 0; w < t.WordCount; w++) words.Add((span, s.Words[t.FirstWord + w]));
                if (t.SpaceAfter) sb.Append(' ');
            }
            sentenceSpans.Add(TextSpan.FromBounds(start, TrimmedEnd(sb)));
        }
        if (paragraphStart >= 0) paragraphs.Add(TextSpan.FromBounds(paragraphStart, TrimmedEnd(sb)));
        sb.Length = TrimmedEnd(sb);
        return new GoldDocument(sb.ToString(), paragraphs, sentenceSpans, tokens, words);
    }

    private static int TrimmedEnd(StringBuilder sb)
    {
        var end = sb.Length;
        while (end > 0 && sb[end - 1] == ' ') end--;
        return end;
    }
}
