using TextPipeline.Models;

namespace TextPipeline.Tests.PublicApi;

/// <summary>
/// What a library user sees when a model is missing or damaged: <see cref="ArticleAnalyzer.Create"/> throws
/// <see cref="ModelLoadException"/> carrying the model's diagnostic id, never an analyzer that quietly finds less.
/// Only the public API is used, as a consumer of the package would.
/// </summary>
public sealed class ArticleAnalyzerModelTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tp-models-" + Guid.NewGuid().ToString("N"));

    public ArticleAnalyzerModelTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Each model the default pipeline loads, with the ids of "not found" and "cannot be read".</summary>
    public static TheoryData<string, string, string> Models() => new()
    {
        { "en-ewt-tagger.bin.gz", "TP2001", "TP2002" },
        { "ner-en.bin.gz", "TP3001", "TP3002" },
        { "gazetteer-en.tsv.gz", "TP3010", "TP3003" },
        { "keyphrase-df.tsv.gz", "TP4010", "TP4011" },
    };

    [Fact]
    public void An_empty_models_folder_is_a_ModelLoadException_naming_the_folder()
    {
        var error = Assert.Throws<ModelLoadException>(() => ArticleAnalyzer.Create(models: ModelStore.FromDirectory(_dir)));

        Assert.Equal("TP2001", error.Diagnostic.Id);
        Assert.Contains(_dir, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_missing_model_is_a_ModelLoadException_with_its_id(string file, string missingId, string unreadableId)
    {
        _ = unreadableId;
        CopyShippedModelsExcept(file);

        var error = Assert.Throws<ModelLoadException>(() => ArticleAnalyzer.Create(models: ModelStore.FromDirectory(_dir)));

        Assert.Equal(missingId, error.Diagnostic.Id);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_truncated_model_is_a_ModelLoadException_with_its_id(string file, string missingId, string unreadableId)
    {
        _ = missingId;
        CopyShippedModelsExcept(file);
        var bytes = Shipped(file);
        File.WriteAllBytes(Path.Combine(_dir, file), bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ModelLoadException>(() => ArticleAnalyzer.Create(models: ModelStore.FromDirectory(_dir)));

        Assert.Equal(unreadableId, error.Diagnostic.Id);
    }

    [Fact]
    public void A_folder_with_every_shipped_model_analyses_like_the_embedded_models()
    {
        CopyShippedModelsExcept(null);
        const string Text = "Kim Jong Un visits Russian Embassy\n\nNorth Korean leader Kim Jong Un visited the Russian Embassy in "
            + "Pyongyang on Tuesday, state media said. He met the Russian ambassador and talked about ties between North Korea and Russia.";

        var fromFolder = ArticleAnalyzer.Create(models: ModelStore.FromDirectory(_dir)).Analyze(Text);
        var embedded = ArticleAnalyzer.Create().Analyze(Text);

        Assert.Contains(embedded.Entities, e => e.Name == "Kim Jong Un" && e.Type == "PER");
        Assert.Equal(embedded.Entities, fromFolder.Entities);
        Assert.Equal(embedded.Tags, fromFolder.Tags);
    }

    private void CopyShippedModelsExcept(string? left)
    {
        foreach (var name in ModelStore.ShippedFileNames.Where(n => n != left))
        {
            File.WriteAllBytes(Path.Combine(_dir, name), Shipped(name));
        }
    }

    private static byte[] Shipped(string name)
    {
        var file = ModelStore.Shipped().File(name) ?? throw new InvalidOperationException($"{name} is not embedded");
        using var stream = file.OpenRead();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
