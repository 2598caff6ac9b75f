using System.Collections.Immutable;
using System.Text.Json;
using TextPipeline.Diagnostics;
using TextPipeline.Output;

namespace TextPipeline.Cli.Run;

/// <summary>
/// A configuration file for <c>run</c>: <c>--config &lt;file&gt;</c>, or else <c>textpipeline.json</c> in an input
/// folder. Besides the diagnostic severities (<see cref="DiagnosticOptions"/>) it may hold a <c>run</c> object with
/// the command's options under the names <c>run.json</c> records them (<c>"tags": 12</c>, <c>"summaryChars": 160</c>,
/// <c>"noCache": true</c> …). Options given on the command line win; relative paths are relative to the file's folder.
/// Unknown keys and values of the wrong kind are reported (TP7005) and stop the run.
/// </summary>
internal sealed class RunConfig
{
    /// <summary>The file name looked for in input folders.</summary>
    public const string FileName = "textpipeline.json";

    private readonly ImmutableDictionary<string, JsonElement> _run;

    private RunConfig(string? path, ImmutableDictionary<string, JsonElement> run, DiagnosticOptions diagnostics)
    {
        Path = path;
        _run = run;
        Diagnostics = diagnostics;
    }

    /// <summary>No file: every option from the command line or its default.</summary>
    public static RunConfig None(DiagnosticOptions diagnostics) => new(null, ImmutableDictionary<string, JsonElement>.Empty, diagnostics);

    /// <summary>The file read, or null.</summary>
    public string? Path { get; }

    /// <summary>Severities from the file, on top of the command line's <c>--warnaserror</c>.</summary>
    public DiagnosticOptions Diagnostics { get; }

    /// <summary>The keys of the file's <c>run</c> object.</summary>
    public IEnumerable<string> RunKeys => _run.Keys;

    /// <summary>The value of a key of the <c>run</c> object, if present.</summary>
    public bool TryGet(string key, out JsonElement value) => _run.TryGetValue(key, out value);

    /// <summary>
    /// The configuration file: <paramref name="explicitPath"/>, or the one <c>textpipeline.json</c> found in the input
    /// folders (two different ones are a problem: pass <c>--config</c>). Problems are TP7005 lines.
    /// </summary>
    public static (RunConfig Config, IReadOnlyList<string> Problems) Find(string? explicitPath, IEnumerable<string> inputs, DiagnosticOptions diagnostics)
    {
        var path = explicitPath;
        if (path is null)
        {
            var found = inputs.Where(i => i != "-" && Directory.Exists(i))
                .Select(i => System.IO.Path.Combine(i, FileName))
                .Where(File.Exists)
                .DistinctBy(p => System.IO.Path.GetFullPath(p), StringComparer.Ordinal)
                .ToList();
            if (found.Count > 1)
            {
                return (None(diagnostics), [Problem(found[1], $"the inputs hold two configuration files ({found[0]}, {found[1]}); choose one with --config")]);
            }
            path = found.FirstOrDefault();
        }
        return path is null ? (None(diagnostics), []) : Load(path, diagnostics);
    }

    /// <summary>Reads a configuration file (severities and run options).</summary>
    public static (RunConfig Config, IReadOnlyList<string> Problems) Load(string path, DiagnosticOptions diagnostics)
    {
        var (severities, problems) = DiagnosticOptions.Load(path, diagnostics);
        var lines = problems.Select(p => p.ToString()).ToList();
        if (lines.Count > 0) return (None(diagnostics), lines);
        var run = ImmutableDictionary<string, JsonElement>.Empty.WithComparers(StringComparer.Ordinal);
        // DiagnosticOptions.Load has read it within its size limit and found a JSON object.
        using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (document.RootElement.TryGetProperty("run", out var section))
        {
            if (section.ValueKind != JsonValueKind.Object) return (None(diagnostics), [Problem(path, "'run' must be an object of option: value")]);
            run = run.AddRange(section.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone())));
        }
        return (new RunConfig(path, run, severities), []);
    }

    /// <summary>A TP7005 line for <paramref name="path"/>.</summary>
    public static string Problem(string path, string message) =>
        Diagnostic.Create(OutputDiagnostics.BadConfig, path, null, null, path, message).ToString();
}
