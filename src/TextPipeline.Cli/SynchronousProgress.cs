namespace TextPipeline.Cli;

/// <summary>Reports progress immediately on the calling thread (Progress&lt;T&gt; would post and reorder lines).</summary>
internal sealed class SynchronousProgress(Action<string> report) : IProgress<string>
{
    private readonly Lock _lock = new();

    public void Report(string value)
    {
        lock (_lock)
        {
            report(value);
        }
    }
}
