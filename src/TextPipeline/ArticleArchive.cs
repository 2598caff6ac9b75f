using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Linking;
using TextPipeline.Models;
using TextPipeline.Pipeline;
using TextPipeline.Pipeline.State;

namespace TextPipeline;

/// <summary>
/// A site's archive of analysed articles, kept in the state folder's SQLite database (the one <c>run --state</c>
/// writes), updated one article at a time with every related link kept equal to what <c>run</c> gives on the same
/// articles with the same state. This is what <c>textpipeline serve</c> answers from. Models load and the archive
/// is read once, at <see cref="Open"/>; then <see cref="Analyze"/>, <see cref="Get"/> and <see cref="Related"/> run
/// concurrently, and <see cref="Put"/>/<see cref="Delete"/> one at a time, each durable (committed to disk) before
/// it returns.
/// </summary>
public sealed class ArticleArchive : IDisposable
{
    private readonly StateStore _store;
    private LiveLinker _linker;
    private readonly DiagnosticOptions _diagnosticOptions;
    private readonly Ingestor _ingestor;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly object _writer = new();
    private bool _disposed;

    private ArticleArchive(StateStore store, PreparedPipeline pipeline, LiveLinker linker, DiagnosticOptions diagnosticOptions)
    {
        _store = store;
        Pipeline = pipeline;
        _linker = linker;
        _diagnosticOptions = diagnosticOptions;
        _ingestor = new Ingestor(pipeline.Options.MaxFileBytes);
    }

    /// <summary>The prepared pipeline, with the state's topic model and corpus statistics applied.</summary>
    public PreparedPipeline Pipeline { get; }

    /// <summary>The state folder.</summary>
    public string StateDirectory => _store.Directory;

    /// <summary>Number of stored articles.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _linker.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>
    /// Opens (creating when absent) the archive in <paramref name="stateDirectory"/>: loads the models, applies the
    /// state's topic model and corpus statistics (without them, the shipped background statistics), and reads every
    /// stored article. Links stored with other settings (e.g. another <see cref="PipelineOptions.Related"/>) are
    /// computed again and written back.
    /// </summary>
    /// <exception cref="ModelLoadException">A model or a named file is missing or cannot be read.</exception>
    public static ArticleArchive Open(string stateDirectory, PipelineOptions? options = null, DiagnosticOptions? diagnosticOptions = null,
        ModelStore? models = null, IProgress<string>? log = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
        options = (options ?? new PipelineOptions()) with { StateDirectory = stateDirectory, CacheDirectory = null };
        log ??= new Progress<string>(_ => { });
        models ??= options.ModelsDirectory is { } directory ? ModelStore.FromDirectory(directory) : ModelStore.Shipped();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // Models load while the archive is read: start-up takes the longer of the two, not their sum.
        var preparing = Task.Run(() =>
        {
            var prepared = AnalysisPipeline.Default.Prepare(options, models, log);
            return (Pipeline: prepared, Seconds: watch.Elapsed.TotalSeconds);
        });
        var store = StateStore.Open(stateDirectory, out var problem);
        try
        {
            if (problem is not null) log.Report($"state: {problem}; started afresh");
            var state = store.Load();
            var frequencies = state.TryGetValue(RelatedLinksStage.FrequenciesEntry, out var kept)
                ? DocumentFrequencies.FromBytes(kept)
                : DocumentFrequencies.LoadBackground(models);
            var linker = new LiveLinker(LinkingOptions.Default, Math.Max(0, options.Related), frequencies);
            var rows = ArchiveTable.ReadAll(store.Connection);
            var readSeconds = watch.Elapsed.TotalSeconds;
            var context = new CorpusContext(options.Jobs, log);
            var decoded = context.Map(rows, row =>
            {
                try
                {
                    return ((ArticleAnalysis?)ArchiveTable.Decode(row.Data), ArchiveTable.DecodeSignature(row.MinHash));
                }
                catch (InvalidDataException)
                {
                    return (null, null);
                }
            });
            var unreadable = rows.Where((_, i) => decoded[i].Item1 is null).Select(r => r.Id).ToList();
            if (unreadable.Count > 0) log.Report($"archive: {unreadable.Count} stored articles could not be read (another format or damaged) and were left out, e.g. {unreadable[0]}; a run over the archive stores them again");
            var decodeSeconds = watch.Elapsed.TotalSeconds;
            var trusted = ArchiveTable.GetMeta(store.Connection, ArchiveTable.LinksKey) == linker.Settings;
            var readable = decoded.Where(d => d.Item1 is not null).ToArray();
            var relinked = linker.Load([.. readable.Select(d => d.Item1!)], trusted, context, [.. readable.Select(d => d.Item2)]);
            var (pipeline, modelSeconds) = preparing.GetAwaiter().GetResult();
            pipeline = pipeline.WithState(state);
            log.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"archive: {linker.Count} articles (rows read {readSeconds:0.00} s, decoded {decodeSeconds - readSeconds:0.00} s, linked {watch.Elapsed.TotalSeconds - decodeSeconds:0.00} s); models loaded alongside in {modelSeconds:0.00} s"));
            if (!trusted || relinked.Count > 0)
            {
                store.Save(ImmutableDictionary<string, byte[]?>.Empty, transaction =>
                {
                    foreach (var article in relinked) ArchiveTable.Upsert(store.Connection, transaction, article, linker.Signature(article.Id));
                    ArchiveTable.SetMeta(store.Connection, transaction, ArchiveTable.LinksKey, linker.Settings);
                });
                if (relinked.Count > 0) log.Report($"archive: links computed again for {relinked.Count} articles (stored with other settings)");
            }
            return new ArticleArchive(store, pipeline, linker, diagnosticOptions ?? DiagnosticOptions.Default);
        }
        catch
        {
            store.Dispose();
            // The models' task is left to finish on its own; its exception (if any) is the one that matters less.
            throw;
        }
    }

    /// <summary>
    /// Analyses one article without storing it, with related links from the archive (as the article would get if it
    /// were stored; never its own copies, nor the stored version of the same id).
    /// </summary>
    /// <exception cref="ArticleInputException">The input gives no article (malformed, empty) or more than one.</exception>
    public ArticleAnalysis Analyze(ArticleSource source, CancellationToken cancellationToken = default)
    {
        var analysis = AnalyzeOne(source, null, cancellationToken);
        _lock.EnterReadLock();
        try
        {
            return _linker.Link(analysis);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Analyses the article, stores it under <paramref name="id"/> (insert or replace) and updates the related links
    /// of every article it changes; returns once all of it is committed to disk.
    /// </summary>
    /// <exception cref="ArticleInputException">The input gives no article or more than one.</exception>
    public ArchiveWrite Put(string id, ArticleSource source, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var analysis = AnalyzeOne(source, id, cancellationToken);
        lock (_writer)
        {
            IReadOnlyList<ArticleAnalysis> changed;
            bool created;
            _lock.EnterWriteLock();
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                created = _linker.Get(id) is null;
                changed = _linker.Upsert(analysis);
                Commit(changed, null);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
            return new ArchiveWrite(changed[0], created, changed.Count - 1);
        }
    }

    /// <summary>Removes an article and updates the links that named it; false when it is not stored.</summary>
    public bool Delete(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        lock (_writer)
        {
            _lock.EnterWriteLock();
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_linker.Remove(id) is not { } changed) return false;
                Commit(changed, id);
                return true;
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
    }

    /// <summary>A stored article's analysis (its <c>articles.jsonl</c> record: <see cref="ArticleAnalyzer.ToJson"/>), or null.</summary>
    public ArticleAnalysis? Get(string id)
    {
        _lock.EnterReadLock();
        try
        {
            return _linker.Get(id);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The <paramref name="k"/> best related articles of a stored article (at most 100), or null when it is not stored.</summary>
    public ImmutableArray<RelatedArticle>? Related(string id, int k)
    {
        _lock.EnterReadLock();
        try
        {
            return _linker.Links(id, Math.Clamp(k, 0, LiveLinker.MaxLinks))?.AsImmutableArray();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Most related articles <see cref="Related"/> returns.</summary>
    public static int MaxRelated => LiveLinker.MaxLinks;

    /// <summary>
    /// Writes what a run keeps for related links (so the next <c>run --state</c> recomputes only what changed since)
    /// and closes the database.
    /// </summary>
    public void Dispose()
    {
        lock (_writer)
        {
            _lock.EnterWriteLock();
            try
            {
                if (_disposed) return;
                _disposed = true;
                _store.Save(new Dictionary<string, byte[]?> { [RelatedLinksStage.StateEntry] = _linker.State().ToBytes() });
                _store.Dispose();
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
    }

    /// <summary>Writes the changed rows (and a delete) in one transaction; on failure the archive is read back from disk.</summary>
    private void Commit(IReadOnlyList<ArticleAnalysis> changed, string? deleted)
    {
        try
        {
            _store.Save(ImmutableDictionary<string, byte[]?>.Empty, transaction =>
            {
                if (deleted is not null) ArchiveTable.Delete(_store.Connection, transaction, deleted);
                foreach (var article in changed) ArchiveTable.Upsert(_store.Connection, transaction, article, _linker.Signature(article.Id));
            });
        }
        catch
        {
            // Memory is ahead of the disk: read the disk back, so what is served is what is stored.
            var rows = ArchiveTable.ReadAll(_store.Connection);
            var fresh = new LiveLinker(LinkingOptions.Default, Math.Max(0, Pipeline.Options.Related), _linker.Frequencies);
            fresh.Load([.. rows.Select(r => ArchiveTable.Decode(r.Data))], trusted: true, new CorpusContext(1), [.. rows.Select(r => ArchiveTable.DecodeSignature(r.MinHash))]);
            _linker = fresh;
            throw;
        }
    }

    /// <summary>One article of <paramref name="source"/>, ingested and analysed as a run analyses it (diagnostics configured), without its document.</summary>
    private ArticleAnalysis AnalyzeOne(ArticleSource source, string? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var ingested = _ingestor.Read(source, cancellationToken);
        if (ingested.Articles.Length != 1)
        {
            throw new ArticleInputException(ingested.Articles.IsEmpty
                ? "The body gives no article" + (ingested.Diagnostics.IsEmpty ? "." : ": " + string.Join("; ", ingested.Diagnostics.Select(d => $"{d.Id}: {d.Message}")))
                : $"The body gives {ingested.Articles.Length} articles; send one at a time.", ingested.Diagnostics);
        }
        var article = ingested.Articles[0];
        var fileDiagnostics = ingested.Diagnostics.Where(d => d.ArticleId == article.Id || d.ArticleId is null);
        article = article with { Diagnostics = article.Diagnostics.Concat(fileDiagnostics).ToEquatableArray() };
        if (id is not null && article.Id != id)
        {
            var old = article.Id;
            article = article with
            {
                Id = id,
                Diagnostics = article.Diagnostics.Select(d => d.ArticleId == old || d.ArticleId is null ? d with { ArticleId = id } : d).ToEquatableArray(),
            };
        }
        var analysis = Pipeline.AnalyzeArticle(article, cancellationToken);
        return analysis with
        {
            Document = null,
            Diagnostics = _diagnosticOptions.Configure(analysis.Diagnostics.AsImmutableArray()).ToEquatableArray(),
        };
    }
}

/// <summary>What <see cref="ArticleArchive.Put"/> did.</summary>
/// <param name="Article">The stored article with its related links.</param>
/// <param name="Created">True when the id was not stored before.</param>
/// <param name="OthersChanged">How many other stored articles' links or copies changed with it.</param>
public sealed record ArchiveWrite(ArticleAnalysis Article, bool Created, int OthersChanged);

/// <summary>An input that gives no article (empty, malformed) or several where one was expected.</summary>
public sealed class ArticleInputException : Exception
{
    public ArticleInputException()
    {
    }

    public ArticleInputException(string message)
        : base(message)
    {
    }

    public ArticleInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ArticleInputException(string message, ImmutableArray<Diagnostic> diagnostics)
        : base(message) => Diagnostics = diagnostics;

    /// <summary>What ingestion reported about the input.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } = [];
}
