namespace TextPipeline.Diagnostics;

/// <summary>
/// The static description of one kind of diagnostic (Roslyn's DiagnosticDescriptor): a stable id that is never
/// reused, a title, a composite-format message, the stage it belongs to and its default severity.
/// Its help page is <c>docs/diagnostics/&lt;Id&gt;.md</c>.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    string Description)
{
    /// <summary>The help page, relative to the repository root.</summary>
    public string HelpLink => $"docs/diagnostics/{Id}.md";
}
