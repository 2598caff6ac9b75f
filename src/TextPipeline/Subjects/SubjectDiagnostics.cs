using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Subjects;

/// <summary>Diagnostics of the subject stage (TP43xx).</summary>
public static class SubjectDiagnostics
{
    private const string Category = "Subjects";

    public static readonly DiagnosticDescriptor ModelUnavailable = new(
        "TP4301", "Subject model unavailable", "The subject model '{0}' cannot be used: {1}", Category, DiagnosticSeverity.Warning,
        "Subjects (IPTC Media Topics) come from the shipped model models/subjects-en.tsv.gz. When it is missing or unreadable, articles get no subjects and tags carry no subject; everything else is written as usual. Reinstall the models folder or retrain it with `textpipeline train subjects` (models/README.md).");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [ModelUnavailable];
}
