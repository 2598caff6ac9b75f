using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Tests.Tokenization;

/// <summary>A small gold check of the committed model (skipped when the model file is absent).</summary>
public sealed class TaggerModelTests
{
    private static TextAnalyzer Shipped()
    {
        var path = ModelLocator.FindModel(TextAnalyzer.ModelFileName);
        Skip.If(path is null, "the shipped tagger model is not present");
        var analyzer = TextAnalyzer.LoadFile(path!);
        Assert.Null(analyzer.ModelProblem);
        return analyzer;
    }

    [SkippableFact]
    public void Tags_and_lemmatizes_a_plain_sentence()
    {
        var (pos, lemmas) = Shipped().TagWords(["The", "children", "were", "running", "to", "the", "new", "schools", "in", "London", "."]);
        Assert.Equal([UPos.DET, UPos.NOUN, UPos.AUX, UPos.VERB, UPos.ADP, UPos.DET, UPos.ADJ, UPos.NOUN, UPos.ADP, UPos.PROPN, UPos.PUNCT], pos);
        Assert.Equal(["the", "child", "be", "run", "to", "the", "new", "school", "in", "London", "."], lemmas);
    }

    [SkippableFact]
    public void Lemmas_keep_the_capitals_UD_gives_them()
    {
        var (pos, lemmas) = Shipped().TagWords(["i", "think", "Google", "hired", "two", "Israeli", "engineers", "in", "the", "US", "."]);
        Assert.Equal((UPos.PRON, "I"), (pos[0], lemmas[0]));
        Assert.Equal((UPos.PROPN, "Google"), (pos[2], lemmas[2]));
        Assert.Equal((UPos.ADJ, "Israeli"), (pos[5], lemmas[5]));
        Assert.Equal("US", lemmas[9]);
        Assert.Equal("hire", lemmas[3]);
    }

    [SkippableFact]
    public void Trained_splitter_keeps_abbreviations_inside_sentences()
    {
        var doc = Shipped().Analyze("Mr. Smith went to Washington. He met Dr. Jones at 3 p.m. on Friday.");
        Assert.Equal(2, doc.Sentences.Length);
        Assert.All(doc.Tokens, t => Assert.NotEqual(UPos.X, t.Pos));
    }

    [Fact]
    public void Missing_model_gives_a_rules_only_analyzer_with_a_diagnostic()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tp-no-models-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var analyzer = TextAnalyzer.Load(dir);
            Assert.Equal("TP2001", analyzer.ModelProblem?.Id);
            var doc = analyzer.Analyze("It works. Still.");
            Assert.Equal(2, doc.Sentences.Length);
            Assert.All(doc.Tokens, t => Assert.Equal(UPos.X, t.Pos));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Corrupt_model_is_reported_not_thrown()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var analyzer = TextAnalyzer.LoadFile(path);
            Assert.Equal("TP2002", analyzer.ModelProblem?.Id);
            Assert.NotEmpty(analyzer.Analyze("Still tokenizes.").Tokens);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
