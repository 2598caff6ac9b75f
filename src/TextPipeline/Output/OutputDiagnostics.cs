using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Output;

/// <summary>Diagnostics of the output stage and of the run as a whole (TP7xxx).</summary>
public static class OutputDiagnostics
{
    private const string Category = "Output";

    public static readonly DiagnosticDescriptor WriteFailed = new(
        "TP7001", "Cannot write output", "Cannot write '{0}': {1}", Category, DiagnosticSeverity.Error,
        "An output file could not be written (permissions, disk full). The previous complete file, if any, is left in place.");

    public static readonly DiagnosticDescriptor Cancelled = new(
        "TP7002", "Run cancelled", "The run was cancelled; no output file was changed", Category, DiagnosticSeverity.Error,
        "Ctrl+C (or another cancellation) stopped the run before the outputs were written. Files are written atomically, so none is half-written.");

    public static readonly DiagnosticDescriptor StageFailed = new(
        "TP7003", "Stage failed on an article", "Stage '{0}' failed on this article: {1}", Category, DiagnosticSeverity.Error,
        "An unexpected error in one stage for one article. The article is written with what the earlier stages produced; other articles are unaffected. Please report it.");

    public static readonly DiagnosticDescriptor NoInputs = new(
        "TP7004", "No articles found", "No articles were found in the inputs; no output file was written (earlier outputs are kept)", Category, DiagnosticSeverity.Error,
        "The inputs held no article (an empty folder, only unsupported or unreadable files). textpipeline run then writes nothing, so the outputs of an earlier run stay as they were, and exits with code 2.");

    public static readonly DiagnosticDescriptor BadConfig = new(
        "TP7005", "Bad configuration file", "Configuration '{0}': {1}", Category, DiagnosticSeverity.Error,
        "The configuration file (--config, or textpipeline.json in an input folder) could not be read, or holds an unknown key, diagnostic id or severity, or a run option of the wrong kind.");

    public static readonly DiagnosticDescriptor StateReset = new(
        "TP7010", "State folder could not be read and was started afresh", "The state '{0}' could not be read and was moved aside; the topic model, corpus statistics and links are learned again: {1}", Category, DiagnosticSeverity.Warning,
        "The state folder (--state, by default <out>/.state) keeps what earlier runs learned. Its database was of another format or damaged, so it was renamed (state.db.unreadable-<time>) and this run learned everything again from its input: topic ids and keyphrase weights may differ from earlier runs.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [WriteFailed, Cancelled, StageFailed, NoInputs, BadConfig, StateReset];
}
