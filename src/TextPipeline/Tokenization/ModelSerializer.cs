namespace TextPipeline.Tokenization;

/// <summary>Reads and writes the tokenization model file (gzip-compressed binary).</summary>
internal static class ModelSerializer
{
    public static TokenizationModel Load(string path)
    {
        throw new InvalidDataException($"Model format not supported yet: {path}");
    }
}
