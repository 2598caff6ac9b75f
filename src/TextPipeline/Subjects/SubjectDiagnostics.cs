using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Subjects;

/// <summary>Diagnostics of the subject stage (TP43xx).</summary>
public static class SubjectDiagnostics
{
    private const string Category = "Subjects";

    public static readonly DiagnosticDescriptor ModelMissing = new(
        "TP4301", "Subject model not found", "The subject model '{0}' was not found in {1}", Category, DiagnosticSeverity.Error,
        "Subjects (IPTC Media Topics) come from the model subjects-en.tsv.gz, embedded in the library; this error means a `--models` folder was given without it. The run stops (exit code 1): copy the file from the repository's models/ folder or drop `--models`.");

    public static readonly DiagnosticDescriptor ModelUnreadable = new(
        "TP4302", "Subject model cannot be read", "The subject model '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error,
        "The file is corrupt or of another format. The run stops (exit code 1): restore it from the repository or retrain it with `textpipeline train subjects` (models/README.md).");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [ModelMissing, ModelUnreadable];
}
