using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Server;

/// <summary>What <c>textpipeline serve</c> is started with. The defaults are the security defaults the README lists.</summary>
public sealed record ServeOptions
{
    /// <summary>Addresses Kestrel listens on (<c>--urls</c>); anything but loopback needs an API key.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>The state folder whose database holds the archive (<c>--state</c>).</summary>
    public required string StateDirectory { get; init; }

    /// <summary>A file holding the API key clients send as <c>Authorization: Bearer &lt;key&gt;</c> (<c>--api-key-file</c>).</summary>
    public string? ApiKeyFile { get; init; }

    /// <summary>Largest request body in bytes (<c>--max-body-size</c>); larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 5L * 1024 * 1024;

    /// <summary>Requests to /v1 handled at once (<c>--max-concurrent-requests</c>); more wait in a queue of <see cref="QueueLength"/>, beyond it 503.</summary>
    public int MaxConcurrentRequests { get; init; } = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>Requests waiting for a slot before new ones get 503.</summary>
    public int QueueLength { get; init; } = 256;

    /// <summary>A request still running after this long is cancelled with 503 (<c>--request-timeout</c>).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long in-flight requests may take to finish after SIGTERM.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The analysis options, as for <c>run</c> (tags, summary length, related links per article, site lists).</summary>
    public PipelineOptions Pipeline { get; init; } = new();

    public DiagnosticOptions Diagnostics { get; init; } = DiagnosticOptions.Default;

    /// <summary>Request logs (one JSON line per request on stderr); false keeps only warnings and errors.</summary>
    public bool RequestLogs { get; init; } = true;
}
