namespace TextPipeline.Pipeline;

/// <summary>What a stage may read: the run's options, where models live, and a progress sink (stderr).</summary>
public sealed class StageContext
{
    public StageContext(PipelineOptions options, IProgress<string>? log = null)
    {
        Options = options;
        Log = log ?? new Progress<string>(_ => { });
    }

    public PipelineOptions Options { get; }

    public IProgress<string> Log { get; }

    /// <summary>Folder of shipped models: <see cref="PipelineOptions.ModelsDirectory"/> or <see cref="ModelLocator.Find"/>.</summary>
    public string? ModelsDirectory => Options.ModelsDirectory ?? ModelLocator.Find();
}
