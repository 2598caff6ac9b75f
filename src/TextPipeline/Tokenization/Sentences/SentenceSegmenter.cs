using TextPipeline.Text;
using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tokenization.Sentences;

/// <summary>Groups the tokens of one block into sentences using a boundary model; a block always ends a sentence.</summary>
internal static class SentenceSegmenter
{
    public static void Segment(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int firstTokenIndex,
        ISentenceBoundaryModel model, List<Sentence> output)
    {
        if (tokens.IsEmpty) return;
        var start = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i == tokens.Length - 1 || model.EndsSentence(text, tokens, i))
            {
                var span = TextSpan.FromBounds(tokens[start].Start, tokens[i].End);
                output.Add(new Sentence(span, firstTokenIndex + start, i - start + 1));
                start = i + 1;
            }
        }
    }
}
