using System.Collections.Immutable;
using System.Text.Json;

namespace TextPipeline.Diagnostics;

/// <summary>
/// Per-id severity overrides (like an analyzer ruleset) and warnings-as-errors. Loaded from a JSON config file:
/// <code>{ "diagnostics": { "TP1004": "none", "TP1005": "error" }, "warningsAsErrors": false }</code>
/// Severities: none (hidden), info, warning, error.
/// </summary>
public sealed record DiagnosticOptions
{
    /// <summary>No overrides: every diagnostic keeps its default severity.</summary>
    public static DiagnosticOptions Default { get; } = new();

    /// <summary>
    /// Keys a config file may hold: these options, and <c>run</c> (options of <c>textpipeline run</c>, read by the
    /// command line). Any other key is reported, so a misspelt one is never ignored.
    /// </summary>
    internal static IReadOnlyList<string> TopLevelKeys { get; } = ["diagnostics", "warningsAsErrors", "run", "$schema"];

    /// <summary>The largest config file read (1 MiB).</summary>
    public const int MaxConfigBytes = 1 << 20;

    /// <summary>Severity overrides by diagnostic id.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity> Severities { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>True to report every warning as an error.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>The diagnostic with its configured severity, or null when it is hidden.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var severity = Severities.TryGetValue(diagnostic.Id, out var configured) ? configured : diagnostic.Severity;
        if (WarningsAsErrors && severity == DiagnosticSeverity.Warning) severity = DiagnosticSeverity.Error;
        if (severity == DiagnosticSeverity.Hidden) return null;
        return severity == diagnostic.Severity ? diagnostic : diagnostic.WithSeverity(severity);
    }

    /// <summary>
    /// Applies the configured severities to <paramref name="diagnostics"/>, drops hidden ones and duplicates, and
    /// sorts them (<see cref="DiagnosticComparer"/>).
    /// </summary>
    public IEnumerable<Diagnostic> Configure(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return diagnostics.Select(Apply).OfType<Diagnostic>().Distinct().Order(DiagnosticComparer.Instance);
    }

    /// <summary>Reads a config file; problems are returned as TP7005 diagnostics (the run stops on them).</summary>
    public static (DiagnosticOptions Options, ImmutableArray<Diagnostic> Problems) Load(string path, DiagnosticOptions? baseOptions = null)
    {
        var options = baseOptions ?? Default;
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        try
        {
            // A config file is small: anything larger, or not a regular file (a FIFO, /dev/zero), is refused before it is read whole.
            var bytes = BoundedFile.TryReadAllBytes(path, MaxConfigBytes, out var problem);
            if (bytes is null)
            {
                problems.Add(Problem(problem!.Failure == BoundedReadFailure.TooLarge ? $"the file is larger than {MaxConfigBytes:N0} bytes" : problem.Message));
                return (options, problems.ToImmutable());
            }
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Problem("the file is not a JSON object"));
                return (options, problems.ToImmutable());
            }
            foreach (var property in root.EnumerateObject())
            {
                if (!TopLevelKeys.Contains(property.Name)) problems.Add(Problem($"unknown key '{property.Name}' (known: {string.Join(", ", TopLevelKeys)})"));
            }
            var severities = options.Severities.ToBuilder();
            if (root.TryGetProperty("diagnostics", out var map) && map.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Problem("'diagnostics' must be an object of id: severity"));
            }
            else if (root.TryGetProperty("diagnostics", out map))
            {
                foreach (var entry in map.EnumerateObject())
                {
                    if (DiagnosticCatalog.Find(entry.Name) is null)
                    {
                        problems.Add(Problem($"unknown diagnostic id '{entry.Name}'"));
                    }
                    else if (entry.Value.ValueKind != JsonValueKind.String
                             || !DiagnosticSeverityText.TryParse(entry.Value.GetString()!, out var severity))
                    {
                        problems.Add(Problem($"'{entry.Name}': severity must be none, info, warning or error"));
                    }
                    else
                    {
                        severities[entry.Name] = severity;
                    }
                }
            }
            var warnAsError = options.WarningsAsErrors;
            if (root.TryGetProperty("warningsAsErrors", out var w))
            {
                if (w.ValueKind is JsonValueKind.True or JsonValueKind.False) warnAsError |= w.GetBoolean();
                else problems.Add(Problem("'warningsAsErrors' must be true or false"));
            }
            return (options with { Severities = severities.ToImmutable(), WarningsAsErrors = warnAsError }, problems.ToImmutable());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            problems.Add(Problem(e.Message));
            return (options, problems.ToImmutable());
        }

        Diagnostic Problem(string message) =>
            Diagnostic.Create(Output.OutputDiagnostics.BadConfig, path, null, null, path, message);
    }
}
