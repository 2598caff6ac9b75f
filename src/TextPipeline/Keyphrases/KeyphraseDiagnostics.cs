using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Keyphrases;

/// <summary>Diagnostics of the keyphrase stage (TP40xx).</summary>
public static class KeyphraseDiagnostics
{
    private const string Category = "Keyphrases";

    public static readonly DiagnosticDescriptor NotTokenized = new(
        "TP4001", "Keyphrases need tokens", "The article was not tokenized; keyphrases were skipped", Category, DiagnosticSeverity.Hidden,
        "The keyphrase stage runs after tokenization. When an article has text but no tokens (the tokenize stage is missing or failed), it has no keyphrases.");

    public static readonly DiagnosticDescriptor BackgroundMissing = new(
        "TP4010", "Background document frequencies not found", "The background document-frequency table '{0}' was not found in {1}", Category, DiagnosticSeverity.Error,
        "The keyphrase stage's background statistics (keyphrase-df.tsv.gz) are embedded in the library; this error means a `--models` folder was given without them. The run stops (exit code 1): copy the file from the repository's models/ folder or drop `--models`.");

    public static readonly DiagnosticDescriptor BackgroundUnreadable = new(
        "TP4011", "Background document frequencies cannot be read", "The background document-frequency table '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error,
        "The file is corrupt or not a document-frequency table. The run stops (exit code 1): restore it from the repository or rebuild it with `textpipeline train keyphrases`.");

    public static readonly DiagnosticDescriptor ModelMissing = new(
        "TP4012", "Keyphrase model not found", "The keyphrase model '{0}' was not found in {1}", Category, DiagnosticSeverity.Error,
        "The learned keyphrase rankers and their news statistics are embedded in the library; this error means a `--models` folder was given without one of them. The run stops (exit code 1): copy the file from the repository's models/ folder or drop `--models`.");

    public static readonly DiagnosticDescriptor ModelUnreadable = new(
        "TP4013", "Keyphrase model cannot be read", "The keyphrase model '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error,
        "The file is corrupt or of another format. The run stops (exit code 1): restore it from the repository or retrain it (models/README.md, \"Keyphrases\").");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [NotTokenized, BackgroundMissing, BackgroundUnreadable, ModelMissing, ModelUnreadable];
}
