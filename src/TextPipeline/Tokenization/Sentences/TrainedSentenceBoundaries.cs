using TextPipeline.Tokenization.Rules;
using TextPipeline.Tokenization.Tagging;

namespace TextPipeline.Tokenization.Sentences;

/// <summary>Averaged-perceptron sentence boundary classifier over every gap between tokens; a blank line always ends a sentence.</summary>
internal sealed class TrainedSentenceBoundaries : ISentenceBoundaryModel
{
    public TrainedSentenceBoundaries(AveragedPerceptron model) => Model = model;

    public AveragedPerceptron Model { get; }

    public bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int i)
    {
        if (SentenceFeatures.HasBlankLineBetween(text, tokens[i].End, tokens[i + 1].Start)) return true;
        Span<ulong> features = stackalloc ulong[SentenceBoundaryFeatures.Max];
        var n = SentenceBoundaryFeatures.Extract(text, tokens, SentenceBoundaryFeatures.TokenKeys.For(text, tokens), i, features);
        return Model.Predict(features[..n]) == 1;
    }

    /// <summary>Decides every gap of a block at once (per-token keys computed once).</summary>
    public void FindBoundaries(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, Span<bool> endsAfter)
    {
        var keys = SentenceBoundaryFeatures.TokenKeys.For(text, tokens);
        Span<ulong> features = stackalloc ulong[SentenceBoundaryFeatures.Max];
        Span<float> scores = stackalloc float[2];
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (SentenceFeatures.HasBlankLineBetween(text, tokens[i].End, tokens[i + 1].Start))
            {
                endsAfter[i] = true;
                continue;
            }
            var n = SentenceBoundaryFeatures.Extract(text, tokens, keys, i, features);
            Model.Score(features[..n], scores);
            endsAfter[i] = scores[1] > scores[0];
        }
        if (!tokens.IsEmpty) endsAfter[tokens.Length - 1] = true;
    }

    /// <summary>
    /// Trains on documents of raw text whose gold sentence ends are known: each document is tokenized by the rules,
    /// and a gap is positive when a gold sentence ends between the two tokens.
    /// </summary>
    public static TrainedSentenceBoundaries Train(IReadOnlyList<(string Text, IReadOnlyList<Text.TextSpan> Blocks, HashSet<int> SentenceEnds)> documents,
        int epochs, int seed, IProgress<string>? log = null)
    {
        var examples = new List<(ulong[] Features, int Label)>();
        Span<ulong> features = stackalloc ulong[SentenceBoundaryFeatures.Max];
        foreach (var (text, blocks, ends) in documents)
        {
            foreach (var block in blocks)
            {
                var tokens = new List<RawToken>();
                RuleTokenizer.Instance.Tokenize(text.AsSpan(block.Start, block.Length), tokens, block.Start);
                var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
                var keys = SentenceBoundaryFeatures.TokenKeys.For(text, span);
                for (var i = 0; i + 1 < span.Length; i++)
                {
                    var label = 0;
                    for (var p = span[i].End; p <= span[i + 1].Start; p++)
                    {
                        if (ends.Contains(p)) { label = 1; break; }
                    }
                    var n = SentenceBoundaryFeatures.Extract(text, span, keys, i, features);
                    examples.Add((features[..n].ToArray(), label));
                }
            }
        }
        var trainer = new AveragedPerceptronTrainer(2);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var errors = 0;
            foreach (var k in order)
            {
                var (f, label) = examples[k];
                var guess = trainer.Predict(f);
                if (guess != label) errors++;
                trainer.Update(f, label, guess);
            }
            log?.Report($"sentence epoch {epoch + 1}/{epochs}: {errors} errors on {examples.Count} gaps");
            random.Shuffle(order);
        }
        return new TrainedSentenceBoundaries(trainer.Build(pruneBelow: 0.001f));
    }
}
