using TextPipeline.Topics;

namespace TextPipeline.Tests.Topics;

public sealed class TopicQualityTests
{
    private static List<TopicTerm> Doc(params string[] words) => [.. words.Select(w => new TopicTerm(w, w))];

    [Fact]
    public void Npmi_is_one_for_terms_always_together_and_minus_one_for_terms_never_together()
    {
        List<List<TopicTerm>> docs = [Doc("a", "b"), Doc("a", "b"), Doc("c"), Doc("d")];

        Assert.Equal(1.0, TopicQuality.Npmi([["a", "b"]], docs), 6);
        Assert.Equal(-1.0, TopicQuality.Npmi([["a", "c"]], docs), 6);
        Assert.Equal(0.0, TopicQuality.Npmi([["a", "b"], ["a", "c"]], docs), 6);
    }

    [Fact]
    public void Diversity_counts_unique_terms()
    {
        Assert.Equal(1.0, TopicQuality.Diversity([["a", "b"], ["c", "d"]]));
        Assert.Equal(0.75, TopicQuality.Diversity([["a", "b"], ["a", "d"]]));
    }

    [Fact]
    public void Purity_and_nmi_are_one_for_a_perfect_clustering_whatever_its_numbers()
    {
        string[] labels = ["x", "x", "y", "y", "z", "z"];

        Assert.Equal(1.0, TopicQuality.Purity([2, 2, 0, 0, 1, 1], labels));
        Assert.Equal(1.0, TopicQuality.Nmi([2, 2, 0, 0, 1, 1], labels), 9);
        Assert.Equal(0.0, TopicQuality.Nmi([0, 1, 0, 1, 0, 1], ["x", "x", "y", "y", "z", "z"]), 9);
        Assert.Equal(0.5, TopicQuality.Purity([0, 0, 0, 0], ["x", "x", "y", "y"]));
    }

    [Fact]
    public void Surface_terms_drop_stop_words_short_words_and_fold_plurals()
    {
        var terms = TermExtractor.Extract("The companies said profits rose 5% at Ford's plants; mp3 news", null, TermMode.Surface);

        Assert.Equal(["company", "profit", "rose", "ford", "plant"], terms.Select(t => t.Key));
        Assert.Equal("companies", terms[0].Surface);
    }

    [Fact]
    public void Lemma_terms_come_from_the_tagger_and_skip_function_words()
    {
        const string text = "The companies were selling new phones to their customers in London.";
        var document = TestSupport.TestModels.Analyzer.Analyze(text);

        var keys = TermExtractor.Extract(text, document, TermMode.Lemma).Select(t => t.Key).ToList();

        Assert.True(TermExtractor.HasLemmas(document));
        Assert.Contains("company", keys);
        Assert.Contains("phone", keys);
        Assert.Contains("customer", keys);
        Assert.DoesNotContain("the", keys);
        Assert.DoesNotContain("were", keys);
        Assert.DoesNotContain("their", keys);
        // Verbs are not topic terms, except for format-1 models trained with them.
        Assert.DoesNotContain("sell", keys);
        Assert.Contains("sell", TermExtractor.Extract(text, document, TermMode.LemmaWithVerbs).Select(t => t.Key));
    }
}
