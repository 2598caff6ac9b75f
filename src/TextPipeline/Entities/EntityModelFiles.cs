namespace TextPipeline.Entities;

/// <summary>Names of the shipped entity model files (embedded in the library; see <see cref="EntityResources"/> for loading).</summary>
internal static class EntityModelFiles
{
    public const string NerModel = "ner-en.bin.gz";

    public const string Gazetteer = "gazetteer-en.tsv.gz";
}
