using System.Collections.Immutable;

namespace TextPipeline.Pipeline;

/// <summary>
/// The per-article steps articles have been through, in stage order: what a shard ran
/// (<see cref="PreparedPipeline.AnalyzePrefix"/>) and where the merge goes on from
/// (<see cref="PreparedPipeline.ContinueCorpus"/>). One entry per stage; the last may be the prelude of the first
/// corpus stage that has to learn from the whole corpus.
/// </summary>
internal sealed record PipelinePrefix(ImmutableArray<PipelinePrefix.Step> Steps)
{
    /// <summary>How a stage ran per article.</summary>
    public enum StepKind
    {
        /// <summary>A per-article stage.</summary>
        Article,

        /// <summary>A corpus stage applying what it learned in an earlier run (kept in the state).</summary>
        Restored,

        /// <summary>The per-article work a corpus stage's fit reads; the fit itself is still to come.</summary>
        Prelude,
    }

    /// <summary>One stage's step: the stage's name, how it ran and the step's version (algorithm, models, what was learned).</summary>
    public sealed record Step(string Stage, StepKind Kind, string Version)
    {
        public override string ToString() => $"{Stage} ({Kind.ToString().ToLowerInvariant()} step {Version})";
    }

    /// <summary>Equal when the same steps ran in the same order.</summary>
    public bool Equals(PipelinePrefix? other) => other is not null && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => Steps.Length;
}

/// <summary>Partial analyses went through other steps than this pipeline would run (other options, models or state).</summary>
internal sealed class PipelinePrefixMismatchException(string message) : Exception(message);
