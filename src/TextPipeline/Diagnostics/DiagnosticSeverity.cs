namespace TextPipeline.Diagnostics;

/// <summary>Severity of a diagnostic. <see cref="Hidden"/> means suppressed: not printed, not written.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Suppressed: neither printed nor written.</summary>
    Hidden = 0,

    /// <summary>A note about what was done (e.g. site chrome removed); nothing is wrong.</summary>
    Info = 1,

    /// <summary>Something in the input is off and the output may be worse for it; the run goes on.</summary>
    Warning = 2,

    /// <summary>Something could not be done (an unreadable file, a failed stage); the run goes on without it.</summary>
    Error = 3,
}

/// <summary>The names of severities as printed and as written in diagnostic config files.</summary>
public static class DiagnosticSeverityText
{
    /// <summary>"hidden", "info", "warning" or "error".</summary>
    public static string ToText(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Hidden => "hidden",
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>Reads a severity name (also "none", "silent", "suppress", "suggestion", "warn"), case-insensitively.</summary>
    public static bool TryParse(string text, out DiagnosticSeverity severity)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "hidden" or "none" or "silent" or "suppress":
                severity = DiagnosticSeverity.Hidden;
                return true;
            case "info" or "suggestion":
                severity = DiagnosticSeverity.Info;
                return true;
            case "warning" or "warn":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            default:
                severity = default;
                return false;
        }
    }
}
