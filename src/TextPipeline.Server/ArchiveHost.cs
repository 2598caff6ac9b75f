using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TextPipeline.Models;

namespace TextPipeline.Server;

/// <summary>
/// Opens the archive (models, state, stored articles) once the server listens, so <c>/healthz</c> answers at once
/// and <c>/readyz</c> says when the rest is ready; closes it (writing the related-links state) after the last
/// request on shutdown (<see cref="CloseArchive"/>). A model or state that cannot be loaded stops the server with exit code 1.
/// </summary>
internal sealed class ArchiveHost(ServeOptions options, IHostApplicationLifetime lifetime, ILogger<ArchiveHost> logger) : BackgroundService
{
    private volatile ArticleArchive? _archive;

    /// <summary>The archive once loaded, else null.</summary>
    public ArticleArchive? Archive => _archive;

    /// <summary>Why loading failed, if it did.</summary>
    public string? Failure { get; private set; }

    /// <summary>An archive opened by the caller (tests), served as it is.</summary>
    public ArticleArchive? Given { get; init; }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Given is not null)
        {
            _archive = Given;
            return Task.CompletedTask;
        }
        return Task.Run(() =>
        {
            var watch = Stopwatch.StartNew();
            try
            {
                var log = new Progress<string>(m => ServerLog.Progress(logger, m));
                var models = options.Pipeline.ModelsDirectory is { } dir ? ModelStore.FromDirectory(dir) : null;
                _archive = ArticleArchive.Open(options.StateDirectory, options.Pipeline, options.Diagnostics, models, log);
                var seconds = Math.Round(watch.Elapsed.TotalSeconds, 2);
                ServerLog.Ready(logger, _archive.Count, seconds);
            }
            catch (ModelLoadException e)
            {
                Fail(e.Diagnostic.ToString());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                Fail($"cannot open the archive in {options.StateDirectory}: {e.Message}");
            }
        }, stoppingToken);
    }

    private void Fail(string message)
    {
        Failure = message;
        ServerLog.Failed(logger, message);
        lifetime.StopApplication();
    }

    /// <summary>Closes the archive it opened (the server calls this once the last request is done).</summary>
    public void CloseArchive()
    {
        if (Given is null) _archive?.Dispose();
    }
}
