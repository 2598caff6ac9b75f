using TextPipeline.Lexicon.Training;

namespace TextPipeline.Tests.Lexicon;

public sealed class ExchangeClusteringTests
{
    [Fact]
    public void Each_pass_keeps_the_class_counts_exact_and_never_lowers_the_objective()
    {
        var random = new Random(11);
        var builder = new ClusterCorpusBuilder();
        for (var s = 0; s < 400; s++)
        {
            // Zipf-ish words, with repeats ("very very") so self-bigrams occur.
            builder.AddSentence(Enumerable.Range(0, 12).Select(_ => "w" + (int)Math.Pow(random.Next(1, 40), 1.3)).ToArray());
        }
        var corpus = builder.Build(minCount: 2, maxVocabulary: 1000);
        const int c = 7;
        var table = new XLogXTable(corpus.BigramCount);
        var exchange = new ExchangeClustering(corpus, c, table);

        var previous = exchange.Objective();
        for (var pass = 0; pass < 4; pass++)
        {
            exchange.Iterate();
            Assert.Equal(Recount(corpus, exchange.ClassOf.ToArray(), c), exchange.ClassBigrams.ToArray());
            var objective = exchange.Objective();
            Assert.True(objective >= previous - 1e-6, $"pass {pass}: {objective} < {previous}");
            previous = objective;
        }
    }

    private static int[] Recount(ClusterCorpus corpus, int[] classOf, int c)
    {
        var m = new int[c * c];
        for (var w = 0; w < corpus.VocabularySize; w++)
        {
            var next = corpus.Right.Neighbours(w);
            var counts = corpus.Right.CountsOf(w);
            for (var i = 0; i < next.Length; i++) m[(classOf[w] * c) + classOf[next[i]]] += counts[i];
        }
        return m;
    }
}
