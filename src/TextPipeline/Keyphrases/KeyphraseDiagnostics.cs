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

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [NotTokenized];
}
