namespace TextPipeline.Ingestion;

/// <summary>
/// Bounds the input bytes that parallel workers hold at once: a file takes its size from the budget before it is read
/// and gives it back when its articles are built (a file larger than the whole budget waits until it can be read
/// alone). Small files never wait for each other; two near-limit files are read one after the other, so peak memory
/// follows the largest file, not <c>--jobs</c> times it. One per ingestion (no shared state).
/// </summary>
internal sealed class ReadBudget(long capacity)
{
    private readonly object _lock = new(); // Monitor.Wait needs a monitor, not a System.Threading.Lock
    private long _inUse;

    public long Capacity { get; } = Math.Max(1, capacity);

    /// <summary>Waits until <paramref name="bytes"/> (at most the whole budget) are free, and takes them.</summary>
    public Lease Acquire(long bytes, CancellationToken cancellationToken = default)
    {
        var need = Math.Clamp(bytes, 0, Capacity);
        lock (_lock)
        {
            while (_inUse > 0 && _inUse + need > Capacity)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_lock, 100);
            }
            _inUse += need;
        }
        return new Lease(this, need);
    }

    private void Release(long bytes)
    {
        lock (_lock)
        {
            _inUse -= bytes;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Bytes taken from the budget; disposing gives them back.</summary>
    internal readonly struct Lease(ReadBudget budget, long bytes) : IDisposable
    {
        public void Dispose() => budget?.Release(bytes);
    }
}
