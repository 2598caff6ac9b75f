namespace TextPipeline.Pipeline;

/// <summary>
/// What a corpus stage's fit may use besides the corpus: the runner's parallelism (the only place <c>--jobs</c> is
/// read) and the progress log.
/// </summary>
public sealed class CorpusContext
{
    private readonly ParallelOptions _parallel;

    public CorpusContext(int jobs, IProgress<string>? log = null, CancellationToken cancellationToken = default)
        : this(jobs, System.Collections.Immutable.ImmutableDictionary<string, byte[]>.Empty, log, cancellationToken)
    {
    }

    /// <param name="state">What the stages kept in the state from earlier runs (see <see cref="State.StateStore"/>).</param>
    public CorpusContext(int jobs, IReadOnlyDictionary<string, byte[]> state, IProgress<string>? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        State = state;
        Jobs = Math.Max(1, jobs);
        Log = log ?? new Progress<string>(_ => { });
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = Jobs, CancellationToken = cancellationToken };
    }

    /// <summary>State entries kept by earlier runs (empty without a state folder).</summary>
    public IReadOnlyDictionary<string, byte[]> State { get; }

    /// <summary>Number of parallel workers.</summary>
    public int Jobs { get; }

    public IProgress<string> Log { get; }

    /// <summary>The runner's parallel options, for fits that parallelise inside (results must not depend on them).</summary>
    public ParallelOptions ParallelOptions => _parallel;

    /// <summary>Applies <paramref name="map"/> to every item in parallel; results keep the items' order.</summary>
    public TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, _parallel, i => results[i] = map(items[i]));
        return results;
    }
}
