using System.Globalization;
using TextPipeline.Text;

namespace TextPipeline.Diagnostics;

/// <summary>
/// One reported problem or note. <see cref="Path"/> is the input path as given (relative to the input folder),
/// <see cref="Position"/> is zero-based in the input file when known. Value-equal.
/// </summary>
/// <param name="Descriptor">What kind of problem: id, title, default severity, help.</param>
/// <param name="Severity">The severity after <see cref="DiagnosticOptions"/> were applied.</param>
/// <param name="Message">The message, with its arguments filled in.</param>
/// <param name="Path">The input file, relative to the input folder, or null for run-level diagnostics.</param>
/// <param name="Position">Zero-based line and column in the input file, when known.</param>
/// <param name="ArticleId">The article it concerns, or null.</param>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    string Message,
    string? Path,
    LinePosition? Position,
    string? ArticleId)
{
    /// <summary>The stable id (TPxxxx), documented in <see cref="DiagnosticDescriptor.HelpLink"/>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>A diagnostic with the descriptor's default severity and its message format filled with <paramref name="args"/>.</summary>
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

    /// <summary>A copy with another severity.</summary>
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
