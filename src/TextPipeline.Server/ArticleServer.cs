using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace TextPipeline.Server;

/// <summary>
/// <c>textpipeline serve</c>: Kestrel with minimal APIs over an <see cref="ArticleArchive"/>. Security defaults:
/// loopback only unless an API key is configured; with a key every /v1 request needs it; bodies up to 5 MB; a
/// bounded number of requests at once (the rest queue, then 503); a timeout per request; problem details for every
/// error; no server header; no stack traces.
/// </summary>
public static class ArticleServer
{
    internal const string ConcurrencyPolicy = "v1-concurrency";

    /// <summary>
    /// Checks the options (a non-loopback address needs an API key), builds the server, runs it until SIGTERM/Ctrl+C
    /// or <paramref name="cancellationToken"/>, lets in-flight requests finish, closes the archive. Returns the exit code.
    /// </summary>
    public static async Task<int> RunAsync(ServeOptions options, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);
        if (Validate(options, stderr, out var key) is { } code) return code;
        var app = Build(options, key);
        var host = app.Services.GetRequiredService<ArchiveHost>();
        try
        {
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Kestrel cannot bind (address in use, permission).
            await stderr.WriteLineAsync($"textpipeline: error: cannot listen on {string.Join(", ", options.Urls)}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            host.CloseArchive();
            await app.DisposeAsync().ConfigureAwait(false);
        }
        return host.Failure is null ? 0 : 1;
    }

    /// <summary>Null when the options are usable, else the exit code (the reason is written to <paramref name="stderr"/>).</summary>
    public static int? Validate(ServeOptions options, TextWriter stderr, out ApiKey? key)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);
        key = null;
        if (options.ApiKeyFile is { } file)
        {
            key = ApiKey.Load(file, out var problem);
            if (key is null)
            {
                stderr.WriteLine($"textpipeline: error: {problem}");
                return 1;
            }
        }
        var exposed = options.Urls.Where(u => !ListenAddresses.IsLoopback(u)).ToList();
        if (exposed.Count > 0 && key is null)
        {
            stderr.WriteLine($"textpipeline: error: {string.Join(", ", exposed)} is not a loopback address: an API key is required (--api-key-file), or listen on http://127.0.0.1:<port> behind a reverse proxy.");
            return 1;
        }
        return null;
    }

    /// <summary>The configured application (not started). <paramref name="given"/> serves an archive the caller opened.</summary>
    public static WebApplication Build(ServeOptions options, ApiKey? key, ArticleArchive? given = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = options.ShutdownTimeout);

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json => json.IncludeScopes = false);
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("TextPipeline", options.RequestLogs ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", options.RequestLogs ? LogLevel.Information : LogLevel.Warning);

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddConcurrencyLimiter(ConcurrencyPolicy, c =>
            {
                c.PermitLimit = Math.Max(1, options.MaxConcurrentRequests);
                c.QueueLimit = Math.Max(0, options.QueueLength);
                c.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(sp => new ArchiveHost(options, sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<ILogger<ArchiveHost>>()) { Given = given });
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ArchiveHost>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLog>();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        app.MapOpenApi();
        ArticleEndpoints.Map(app, app.Services.GetRequiredService<ArchiveHost>(), options, key);
        return app;
    }
}
