using TextPipeline.Lexicon;
using TextPipeline.Lexicon.Training;

namespace TextPipeline.Tests.Lexicon;

public sealed class BrownClusterTrainerTests
{
    private static readonly string[] s_determiners = ["the", "a", "this", "every"];
    private static readonly string[] s_animals = ["cat", "dog", "bird", "horse"];
    private static readonly string[] s_vehicles = ["car", "bus", "train", "truck"];
    private static readonly string[] s_animalVerbs = ["sees", "likes", "chases"];
    private static readonly string[] s_vehicleVerbs = ["stops", "waits", "turns"];

    /// <summary>
    /// "the cat sees a dog ." / "every bus stops ." — within a group the words are interchangeable; animals and
    /// vehicles share their left context (determiners) but not their right context (their own verbs).
    /// </summary>
    private static ClusterCorpus SyntheticCorpus(int sentences = 3000)
    {
        var random = new Random(7);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var builder = new ClusterCorpusBuilder();
        for (var i = 0; i < sentences; i++)
        {
            builder.AddSentence(random.Next(2) == 0
                ? [Pick(s_determiners), Pick(s_animals), Pick(s_animalVerbs), Pick(s_determiners), Pick(s_animals), "."]
                : [Pick(s_determiners), Pick(s_vehicles), Pick(s_vehicleVerbs), "."]);
        }
        return builder.Build(minCount: 3, maxVocabulary: 1000);
    }

    private static Dictionary<string, ClusterPath> Train(ClusterCorpus corpus, int clusters) =>
        BrownClusterTrainer.Train(corpus, new BrownClusterOptions { Clusters = clusters }).Entries
            .ToDictionary(e => e.Word, e => e.Path, StringComparer.Ordinal);

    [Fact]
    public void Interchangeable_words_share_a_cluster_and_groups_are_kept_apart()
    {
        var paths = Train(SyntheticCorpus(), clusters: 6);

        string[][] groups = [s_determiners, s_animals, s_vehicles, s_animalVerbs, s_vehicleVerbs];
        foreach (var group in groups)
        {
            Assert.All(group, w => Assert.Equal(paths[group[0]], paths[w]));
        }
        Assert.Equal(groups.Length, groups.Select(g => paths[g[0]]).Distinct().Count());
    }

    [Fact]
    public void Paths_form_a_full_binary_tree()
    {
        var paths = Train(SyntheticCorpus(), clusters: 6);
        var leaves = paths.Values.Select(p => p.ToString()).Distinct(StringComparer.Ordinal).ToList();

        // No leaf is an ancestor of another, and every node's sibling exists (each merge has two sides).
        Assert.All(leaves, a => Assert.DoesNotContain(leaves, b => b != a && b.StartsWith(a, StringComparison.Ordinal)));
        Assert.All(leaves, leaf =>
        {
            var sibling = leaf[..^1] + (leaf[^1] == '0' ? "1" : "0");
            Assert.Contains(leaves, other => other.StartsWith(sibling, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var first = BrownClusterTrainer.Train(SyntheticCorpus(), new BrownClusterOptions { Clusters = 4 });
        var second = BrownClusterTrainer.Train(SyntheticCorpus(), new BrownClusterOptions { Clusters = 4 });

        Assert.Equal(first.Entries, second.Entries);
        Assert.Equal(first.AverageMutualInformation, second.AverageMutualInformation);
    }

    [Fact]
    public void Rare_words_are_skipped_and_digits_are_normalised()
    {
        var builder = new ClusterCorpusBuilder();
        builder.AddSentence(["in", "2005", "and", "1999", "and", "1984", "once"]);

        var corpus = builder.Build(minCount: 2, maxVocabulary: 100);

        Assert.Equal(["0000", "and"], corpus.Words);
        Assert.Equal(3, corpus.Counts[0]);
        Assert.Equal(7, corpus.Tokens);
    }

    [Fact]
    public void Lookup_of_a_number_falls_back_to_its_digit_shape()
    {
        var file = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var stream = File.Create(file))
            {
                WordClusters.Write(stream, [("0000", ClusterPath.Parse("01"), 9), ("0th", ClusterPath.Parse("10"), 3)], ["test"]);
            }
            var clusters = WordClusters.Load(file);

            Assert.Equal("01", clusters.Lookup("2005").ToString());
            Assert.Equal("10", clusters.Lookup("5TH").ToString());
            Assert.False(clusters.Lookup("12345").IsKnown);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Conllu_form_column_skips_multiword_tokens_and_comments()
    {
        var file = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.conllu");
        try
        {
            File.WriteAllText(file, "# text = I don't\n1\tI\tI\n2-3\tdon't\t_\n2\tdo\tdo\n3\tn't\tnot\n\n1\tYes\tyes\n");
            var sentences = ClusterTextSources.ConllSentences(file).ToList();

            Assert.Equal(2, sentences.Count);
            Assert.Equal(["I", "do", "n't"], sentences[0]);
            Assert.Equal(["Yes"], sentences[1]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
