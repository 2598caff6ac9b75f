using System.Collections.Immutable;
using TextPipeline.Diagnostics;

namespace TextPipeline.Pipeline;

/// <summary>
/// The analysed corpus, the run's statistics, and how to show paths to the user: diagnostics hold article-relative
/// paths (portable, deterministic); <see cref="DisplayPaths"/> maps them to the paths as given on the command line.
/// </summary>
public sealed record RunOutcome(CorpusAnalysis Corpus, RunStatistics Statistics, ImmutableDictionary<string, string> DisplayPaths)
{
    /// <summary>For a merged run: what each shard took (written under run.json's <c>process</c>); empty otherwise.</summary>
    internal ImmutableArray<Sharding.ShardFigures> Shards { get; init; } = [];

    public IEnumerable<Diagnostic> AllDiagnostics =>
        Corpus.Diagnostics.Concat(Corpus.Articles.SelectMany(a => a.Diagnostics)).Order(DiagnosticComparer.Instance);

    /// <summary>Compiler-style line for stderr: <c>data/x.txt(37,1): warning TP1004: …</c>.</summary>
    public string Format(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Path is { } path && DisplayPaths.TryGetValue(path, out var display))
        {
            return (diagnostic with { Path = display }).ToString();
        }
        return diagnostic.ToString();
    }
}
