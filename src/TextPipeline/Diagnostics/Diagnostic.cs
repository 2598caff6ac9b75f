using System.Globalization;
using TextPipeline.Text;

namespace TextPipeline.Diagnostics;

/// <summary>
/// One reported problem or note. <see cref="Path"/> is the input path as given (relative to the input folder),
/// <see cref="Position"/> is zero-based in the input file when known. Value-equal.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    string Message,
    string? Path,
    LinePosition? Position,
    string? ArticleId)
{
    public string Id => Descriptor.Id;

    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        string? path,
        LinePosition? position,
        string? articleId,
        params object?[] args)
    {
        var message = args.Length == 0
            ? descriptor.MessageFormat
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, message, path, position, articleId);
    }

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>One-based line, or 0 when unknown.</summary>
    public int Line => Position is { } p ? p.Line + 1 : 0;

    /// <summary>One-based column, or 0 when unknown.</summary>
    public int Column => Position is { } p ? p.Character + 1 : 0;

    /// <summary>Compiler-style text: <c>path(line,col): warning TP1004: message</c>.</summary>
    public override string ToString()
    {
        var where = Path is null ? "textpipeline" : Position is null ? Path : $"{Path}({Line},{Column})";
        return $"{where}: {Severity.ToText()} {Id}: {Message}";
    }
}
