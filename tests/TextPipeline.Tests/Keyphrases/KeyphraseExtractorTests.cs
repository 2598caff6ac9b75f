using TextPipeline.Keyphrases;

namespace TextPipeline.Tests.Keyphrases;

public sealed class KeyphraseExtractorTests
{
    private static IReadOnlyList<Keyphrase> Extract(string body, string? title = null)
    {
        var article = TestArticles.Make(body, title);
        return KeyphraseExtractor.Extract(TestArticles.Analyze(article), article, [], DocumentFrequencies.None);
    }

    [Fact]
    public void Scores_are_in_0_to_1_best_first_and_spans_hold_the_text()
    {
        var article = TestArticles.Make(TestArticles.Sanctions);
        var keyphrases = KeyphraseExtractor.Extract(TestArticles.Analyze(article), article, [], DocumentFrequencies.None);
        Assert.NotEmpty(keyphrases);
        Assert.All(keyphrases, k => Assert.InRange(k.Score, 0, 1));
        Assert.Equal(keyphrases.OrderByDescending(k => k.Score).Select(k => k.Text), keyphrases.Select(k => k.Text));
        Assert.All(keyphrases, k => Assert.Equal(k.Text, article.Text.ToString(k.Span)));
        Assert.Equal(1.0, keyphrases[0].Score);
    }

    [Fact]
    public void Inflections_are_merged_and_the_first_occurrence_is_kept()
    {
        var keyphrases = Extract(TestArticles.Sanctions);
        var sanctions = keyphrases.Where(k => PorterStemmer.StemPhrase(k.Text) == "sanction").ToList();
        var one = Assert.Single(sanctions);
        Assert.Equal("sanctions", one.Text);
        Assert.Equal(TestArticles.Sanctions.IndexOf("sanctions", StringComparison.Ordinal), one.Span.Start);
        Assert.True(one.Occurrences >= 5);
    }

    [Fact]
    public void A_stem_shared_by_a_verb_and_a_noun_is_shown_as_the_noun()
    {
        const string body =
            "The two countries align their policies. Officials said they will align on trade and energy. " +
            "Analysts see the alignment as a shift. The alignment worries Western governments.";
        var keyphrases = Extract(body);
        var align = Assert.Single(keyphrases, k => PorterStemmer.StemPhrase(k.Text) == "align");
        Assert.Equal("alignment", align.Text);
        Assert.True(align.IsNounPhrase);
        Assert.Equal(body.IndexOf("alignment", StringComparison.Ordinal), align.Span.Start);
    }

    [Fact]
    public void Scores_are_ratios_to_the_best_candidate()
    {
        var keyphrases = Extract(TestArticles.Sanctions);
        Assert.True(keyphrases.Count > 3);
        // exp((raw - best) / T): strictly positive, and the weakest well below the best.
        Assert.All(keyphrases, k => Assert.True(k.Score > 0));
        Assert.True(keyphrases[^1].Score < 0.9);
    }

    [Fact]
    public void Frequent_topic_words_rank_above_one_off_words()
    {
        var top = Extract(TestArticles.Sanctions).Take(5).Select(k => k.Text.ToLowerInvariant()).ToList();
        Assert.Contains("sanctions", top);
        Assert.Contains("north korea", top);
        Assert.DoesNotContain("hostility", top);
    }

    [Fact]
    public void A_phrase_and_its_part_are_not_both_kept()
    {
        var stems = Extract(TestArticles.Sanctions).Select(k => PorterStemmer.StemPhrase(k.Text)).ToList();
        foreach (var a in stems)
        {
            foreach (var b in stems)
            {
                if (a != b) Assert.False((" " + a + " ").Contains(" " + b + " ", StringComparison.Ordinal), $"'{b}' inside '{a}'");
            }
        }
    }

    [Fact]
    public void Title_words_are_preferred()
    {
        const string body = "Farmers planted wheat and barley this spring. The barley harvest and the wheat harvest were both early. " +
            "Wheat prices and barley prices fell in the autumn. Traders sold wheat and barley to millers.";
        var withoutTitle = Extract(body);
        var withTitle = Extract(body, title: "Barley harvest");
        static int Rank(IReadOnlyList<Keyphrase> list, string stem) => list.ToList().FindIndex(k => PorterStemmer.StemPhrase(k.Text).Contains(stem, StringComparison.Ordinal));
        Assert.True(Rank(withTitle, "barlei") <= Rank(withoutTitle, "barlei"));
        Assert.True(Rank(withTitle, "barlei") < Rank(withTitle, "wheat"));
    }

    [Fact]
    public void Same_input_gives_the_same_output()
    {
        Assert.Equal(Extract(TestArticles.Sanctions), Extract(TestArticles.Sanctions));
    }

    [Fact]
    public void Empty_or_wordless_text_gives_nothing()
    {
        Assert.Empty(Extract(""));
        Assert.Empty(Extract("... !!! 123 456"));
    }

    [Fact]
    public void Corpus_idf_demotes_words_every_article_uses()
    {
        var articles = Enumerable.Range(0, 6).Select(i => TestArticles.Make(
            $"The government said on report {i} that the government would act. Sheep number {i} was counted by farmers in the government report.")).ToList();
        var docs = articles.Select(TestArticles.Analyze).ToList();
        var frequencies = DocumentFrequencies.Build(docs);
        Assert.True(frequencies.Idf("government") < frequencies.Idf("unseen"));
        Assert.InRange(frequencies.Idf("government"), 0, 1);
    }
}
