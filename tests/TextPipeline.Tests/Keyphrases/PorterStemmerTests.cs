using TextPipeline.Keyphrases;

namespace TextPipeline.Tests.Keyphrases;

public sealed class PorterStemmerTests
{
    // Examples from Porter (1980) and the reference vocabulary's output.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("electrical", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("adoption", "adopt")]
    [InlineData("controlling", "control")]
    [InlineData("rolled", "roll")]
    [InlineData("sanctions", "sanction")]
    [InlineData("cooperation", "cooper")]
    [InlineData("denuclearization", "denuclear")]
    public void Stems_like_the_paper(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Phrases_are_lower_cased_split_on_non_words_and_stemmed()
    {
        Assert.Equal("militari cooper", PorterStemmer.StemPhrase("Military  Cooperation"));
        Assert.Equal(PorterStemmer.StemPhrase("sanction"), PorterStemmer.StemPhrase("Sanctions"));
        Assert.Equal("tim burton s", PorterStemmer.StemPhrase("Tim Burton's"));
    }
}
