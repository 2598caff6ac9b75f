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
        if (model is TrainedSentenceBoundaries trained)
        {
            var ends = tokens.Length <= 1024 ? stackalloc bool[tokens.Length] : new bool[tokens.Length];
            trained.FindBoundaries(text, tokens, ends);
            var first = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!ends[i]) continue;
                output.Add(new Sentence(TextSpan.FromBounds(tokens[first].Start, tokens[i].End), firstTokenIndex + first, i - first + 1));
                first = i + 1;
            }
            return;
        }
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
