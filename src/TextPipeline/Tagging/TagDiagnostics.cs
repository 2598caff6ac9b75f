using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Tagging;

/// <summary>Diagnostics of the tag stage (TP42xx).</summary>
public static class TagDiagnostics
{
    private const string Category = "Tags";

    public static readonly DiagnosticDescriptor BadVocabulary = new(
        "TP4201", "Tag vocabulary cannot be read", "Cannot read the tag vocabulary '{0}': {1}", Category, DiagnosticSeverity.Error,
        "The --vocabulary file must be a CSV with a header 'tag,aliases,id' (aliases separated by '|' or ';'). The run stops (exit code 1) before anything is analysed or written: fix the file or leave the option out.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [BadVocabulary];
}
