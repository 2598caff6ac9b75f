using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Recognition;

namespace TextPipeline.Entities;

/// <summary>Names of the shipped entity files under <c>models/</c> and loading them.</summary>
public static class EntityModelFiles
{
    public const string NerModel = "ner-en.bin.gz";

    public const string Gazetteer = "gazetteer-en.tsv.gz";

    /// <summary>The shipped gazetteer, or an empty one when it is missing.</summary>
    public static Gazetteer LoadGazetteer(string? modelsDirectory)
    {
        var path = Pipeline.ModelLocator.FindModel(Gazetteer, modelsDirectory);
        return path is null ? Gazetteers.Gazetteer.Empty : Gazetteers.Gazetteer.Load(path);
    }

    /// <summary>Loads a model file with the shipped gazetteer (needed when the model uses gazetteer features).</summary>
    public static NerModel LoadModel(string modelPath, string? modelsDirectory) =>
        Recognition.NerModel.Load(modelPath, LoadGazetteer(modelsDirectory));
}
