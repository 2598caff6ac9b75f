using TextPipeline.Lexicon;
using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Sentences;
using TextPipeline.Tokenization.Tagging;

namespace TextPipeline.Tests.Tokenization;

/// <summary>The tagger's word-cluster features: the model records which clusters it was trained with.</summary>
public sealed class TaggerClusterTests
{
    private static readonly (string[] Words, UPos[] Tags, string[] Lemmas)[] s_corpus =
    [
        (["Dogs", "bark", "."], [UPos.NOUN, UPos.VERB, UPos.PUNCT], ["dog", "bark", "."]),
        (["Cats", "sleep", "."], [UPos.NOUN, UPos.VERB, UPos.PUNCT], ["cat", "sleep", "."]),
    ];

    [Fact]
    public void Model_trained_with_other_clusters_loads_with_a_TP2004_warning_and_still_tags()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tp-clusters-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var clustersPath = Path.Combine(dir, "clusters.tsv.gz");
            using (var file = File.Create(clustersPath))
            {
                WordClusters.Write(file, [("dogs", ClusterPath.Parse("0010"), 5), ("cats", ClusterPath.Parse("0011"), 5), ("bark", ClusterPath.Parse("10"), 3)], ["test"]);
            }
            var clusters = WordClusters.Load(clustersPath);
            var tagger = PosTagger.Train(s_corpus, clusters, epochs: 3, seed: 1, folds: 2);
            var modelPath = Path.Combine(dir, "model.bin.gz");
            ModelSerializer.Save(modelPath, tagger, new TrainedSentenceBoundaries(new AveragedPerceptron(2, [], [])));

            var analyzer = TextAnalyzer.LoadFile(modelPath, TestSupport.TestModels.Store);

            Assert.Equal("TP2004", analyzer.ModelProblem?.Id);
            Assert.True(analyzer.HasTagger);
            Assert.Equal([UPos.NOUN, UPos.VERB, UPos.PUNCT], analyzer.TagWords(["Dogs", "bark", "."]).Pos);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Model_trained_without_clusters_loads_without_a_warning()
    {
        var path = Path.Combine(Path.GetTempPath(), "tp-noclusters-" + Guid.NewGuid().ToString("N") + ".bin.gz");
        try
        {
            var tagger = PosTagger.Train(s_corpus, WordClusters.Empty, epochs: 3, seed: 1, folds: 2);
            ModelSerializer.Save(path, tagger, new TrainedSentenceBoundaries(new AveragedPerceptron(2, [], [])));
            Assert.Null(TextAnalyzer.LoadFile(path, TestSupport.TestModels.Store).ModelProblem);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
