using System.Collections.Concurrent;
using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Models;

namespace TextPipeline.Pipeline;

/// <summary>
/// What a stage may use while it is prepared: the options, the model store, a progress log, a place to report
/// run-level problems once, and resources shared between stages (the tagger and word clusters serve both the
/// tokenizer and the entity recognizer, and are loaded once). One per prepared pipeline; thread-safe.
/// </summary>
public sealed class StagePreparation
{
    private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();
    private readonly ConcurrentDictionary<string, ModelInfo> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _modelOrder = new();

    public StagePreparation(PipelineOptions options, ModelStore models, IProgress<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(models);
        Options = options;
        Models = models;
        Log = log ?? new Progress<string>(_ => { });
    }

    public PipelineOptions Options { get; }

    public ModelStore Models { get; }

    public IProgress<string> Log { get; }

    /// <summary>Problems found while preparing (e.g. an unreadable site vocabulary), reported once for the run.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => [.. _diagnostics];

    /// <summary>Every model file and user file the stages read, in the order first read (for run.json and cache keys).</summary>
    public ImmutableArray<ModelInfo> ModelsUsed => [.. _modelOrder.Select(k => _models[k])];

    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Enqueue(diagnostic);
    }

    /// <summary>
    /// Loads a model through <paramref name="load"/> (typically a static <c>Load(ModelStore)</c> that parses the file
    /// once per store and throws <see cref="ModelLoadException"/> when it is missing or unreadable) and records
    /// <paramref name="fileNames"/> as used, when the store has them.
    /// </summary>
    public T UseModel<T>(Func<ModelStore, T> load, params string[] fileNames)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(fileNames);
        var model = load(Models);
        foreach (var name in fileNames)
        {
            if (Models.Describe(name) is { } info) Record(info);
        }
        return model;
    }

    /// <summary>Records a file the user gave (gazetteer, vocabulary, topic model) so a changed file misses the cache.</summary>
    public void RecordUserFile(string name, string path)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(path);
        if (UserFiles.Describe(name, path) is { } info) Record(info);
    }

    /// <summary>Records a model that was not read from the store (e.g. a topic model trained on the corpus).</summary>
    public void Record(ModelInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var key = info.Path ?? info.Name;
        if (_models.TryAdd(key, info)) _modelOrder.Enqueue(key);
    }
}
