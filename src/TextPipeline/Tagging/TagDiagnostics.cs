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

    public static readonly DiagnosticDescriptor ModelMissing = new(
        "TP4203", "Tag name forms not found", "The tag name table '{0}' was not found in {1}", Category, DiagnosticSeverity.Error,
        "The table of preferred tag name forms (tag-name-forms-en.tsv.gz) is embedded in the library; this error means a `--models` folder was given without it. The run stops (exit code 1): copy the file from the repository's models/ folder or drop `--models`.");

    public static readonly DiagnosticDescriptor ModelUnreadable = new(
        "TP4204", "Tag name forms cannot be read", "The tag name table '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error,
        "The file is corrupt or of another format. The run stops (exit code 1): restore it from the repository (models/README.md, \"Tags\").");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [BadVocabulary, ModelMissing, ModelUnreadable];
}
