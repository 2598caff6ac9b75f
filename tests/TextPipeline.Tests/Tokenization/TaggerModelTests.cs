using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Tests.Tokenization;

/// <summary>A small gold check of the committed model (skipped when the model file is absent).</summary>
public sealed class TaggerModelTests
{
    private static TextAnalyzer Shipped()
    {
        var analyzer = TextAnalyzer.Load(TestSupport.TestModels.Store);
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
    public void A_models_folder_without_the_tagger_is_an_error_not_a_rules_only_fallback()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tp-no-models-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var error = Assert.Throws<TextPipeline.Models.ModelLoadException>(() => TextAnalyzer.Load(TextPipeline.Models.ModelStore.FromDirectory(dir)));
            Assert.Equal("TP2001", error.Diagnostic.Id);
            Assert.Contains(dir, error.Diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_corrupt_model_is_an_error_with_its_diagnostic()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var error = Assert.Throws<TextPipeline.Models.ModelLoadException>(() => TextAnalyzer.LoadFile(path, TestSupport.TestModels.Store));
            Assert.Equal("TP2002", error.Diagnostic.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
