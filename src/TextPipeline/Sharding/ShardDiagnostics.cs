using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Sharding;

/// <summary>Why <c>merge</c> refused its partials (TP72xx, in the output range): it then writes nothing and exits 3.</summary>
internal static class ShardDiagnostics
{
    private const string Category = "Output";

    public static readonly DiagnosticDescriptor PartialsMissing = new(
        "TP7201", "Shard partials missing", "{0}", Category, DiagnosticSeverity.Error,
        "merge needs the partial of every shard 0..N-1 of one sharded run (run --shard i/N writes part-<i>-of-<N>.tpp). Some are missing (a shard that failed or has not finished, or a partial not passed to merge), or two files claim the same shard. Nothing is written; run the missing shards and merge again.");

    public static readonly DiagnosticDescriptor PartialUnreadable = new(
        "TP7202", "Shard partial cannot be read", "Partial '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error,
        "The file is not a partial, was written by another format version, or is truncated or damaged (its SHA-256 does not match). Nothing is written; run that shard again.");

    public static readonly DiagnosticDescriptor PartialsInconsistent = new(
        "TP7203", "Shard partials do not belong to one run", "{0}", Category, DiagnosticSeverity.Error,
        "Every shard of a run must analyse the same input with the same build of the tool, options, models and state, and merge must run with that build, those models and that state too: otherwise the merged outputs would not be what one run gives. The message names the first difference. Nothing is written; run the shards again with the same settings (and the same --state as merge).");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [PartialsMissing, PartialUnreadable, PartialsInconsistent];
}

/// <summary>merge refused its partials: <see cref="Diagnostic"/> says why.</summary>
internal sealed class PartialMergeException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
