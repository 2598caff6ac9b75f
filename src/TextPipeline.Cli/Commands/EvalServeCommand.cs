using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;

namespace TextPipeline.Cli.Commands;

/// <summary>
/// <c>textpipeline eval serve --article &lt;file&gt; --requests N --concurrency C</c>: a bounded load test of
/// <c>textpipeline serve</c>. Starts the server as a child process on a free loopback port (never another address),
/// measures start-up to ready, optionally PUTs every article of a folder one at a time (<c>--put</c>) and compares
/// the stored related links with a run's <c>articles.jsonl</c> (<c>--compare</c>), then sends N
/// <c>POST /v1/analyze</c> requests from C concurrent clients. Prints throughput, latency percentiles, errors, the
/// server's CPU time and the load average as JSON; stops the server with SIGTERM.
/// </summary>
public static class EvalServeCommand
{
    public static readonly Option<string> Article = new("--article") { Description = "The article POSTed to /v1/analyze (.txt, .html, .md or a .json record).", Required = true };

    public static readonly Option<int> Requests = new("--requests") { Description = "Requests to send (bounded: at most 100,000).", DefaultValueFactory = _ => 1000 };

    public static readonly Option<int> Concurrency = new("--concurrency") { Description = "Concurrent clients.", DefaultValueFactory = _ => 4 };

    public static readonly Option<int> Warmup = new("--warmup") { Description = "Requests sent (and not counted) before measuring: the targets are for a warm server, JIT done.", DefaultValueFactory = _ => 200 };

    public static readonly Option<string?> State = new("--state") { Description = "State folder the server uses (default: a new empty one, deleted afterwards)." };

    public static readonly Option<string?> Put = new("--put") { Description = "A folder whose articles (.txt .html .md) are PUT one at a time first, ids as run gives them." };

    public static readonly Option<string?> Compare = new("--compare") { Description = "A run's articles.jsonl: every stored article's related links (after --put) are compared with it." };

    public static readonly Option<double> Timeout = new("--timeout") { Description = "Seconds the whole test may take before it stops.", DefaultValueFactory = _ => 1800 };

    public static Command Create()
    {
        Requests.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100_000) r.AddError("--requests must be from 1 to 100000.");
        });
        Concurrency.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256) r.AddError("--concurrency must be from 1 to 256.");
        });
        var command = new Command("serve", "Load test of textpipeline serve on loopback: throughput, latency percentiles, errors.")
        {
            Article, Requests, Concurrency, Warmup, State, Put, Compare, Timeout,
        };
        command.SetAction((parseResult, cancellationToken) => ExecuteAsync(parseResult, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var articlePath = parseResult.GetRequiredValue(Article);
        if (!File.Exists(articlePath))
        {
            await stderr.WriteLineAsync($"textpipeline: error: file not found: {articlePath}").ConfigureAwait(false);
            return 1;
        }
        var givenState = parseResult.GetValue(State);
        var state = givenState ?? Directory.CreateTempSubdirectory("textpipeline-eval-serve-").FullName;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(parseResult.GetValue(Timeout)));
        var token = deadline.Token;

        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var serverLog = Path.Combine(Path.GetTempPath(), $"textpipeline-eval-serve-{port}.log");
        var loadBefore = LoadAverage();
        var watch = Stopwatch.StartNew();
        using var server = StartServer(port, state, serverLog, parseResult.GetValue(CliModels.Models));
        var results = new Dictionary<string, object?>
        {
            ["task"] = "serve",
            ["server_log"] = serverLog,
            ["load_average_start"] = loadBefore,
        };
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(120) };
        try
        {
            results["startup_to_ready_seconds"] = Math.Round(await WaitReady(http, server, token).ConfigureAwait(false) ?? watch.Elapsed.TotalSeconds, 3);
            if (server.HasExited)
            {
                await stderr.WriteLineAsync($"textpipeline: error: the server exited with code {server.ExitCode} (log: {serverLog})").ConfigureAwait(false);
                return 1;
            }
            if (parseResult.GetValue(Put) is { } folder) results["put"] = await PutAll(http, server, folder, stderr, token).ConfigureAwait(false);
            if (parseResult.GetValue(Compare) is { } jsonl) results["compare"] = await CompareRelated(http, jsonl, stderr, token).ConfigureAwait(false);
            var body = File.ReadAllBytes(articlePath);
            var contentType = ContentTypeOf(articlePath);
            results["article_bytes"] = body.Length;
            await Load(http, body, contentType, parseResult.GetValue(Warmup), Math.Min(4, parseResult.GetValue(Concurrency)), token).ConfigureAwait(false);
            server.Refresh();
            var cpuBefore = server.TotalProcessorTime;
            var load = await Load(http, body, contentType, parseResult.GetValue(Requests), parseResult.GetValue(Concurrency), token).ConfigureAwait(false);
            server.Refresh();
            var cpu = (server.TotalProcessorTime - cpuBefore).TotalSeconds;
            results["analyze"] = Summary(load.Latencies, load.Errors, load.Seconds, parseResult.GetValue(Concurrency), cpu, load.FirstError);
            results["load_average_end"] = LoadAverage();
        }
        finally
        {
            results["shutdown"] = await Stop(server).ConfigureAwait(false);
            if (givenState is null)
            {
                try
                {
                    Directory.Delete(state, recursive: true);
                }
                catch (IOException)
                {
                    // A temporary folder left behind is harmless.
                }
            }
        }
        await stdout.WriteLineAsync(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true })).ConfigureAwait(false);
        return results["analyze"] is Dictionary<string, object?> a && (int)a["errors"]! == 0 ? 0 : 2;
    }

    /// <summary>The server as a child process running this same tool.</summary>
    private static Process StartServer(int port, string state, string logPath, string? models)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(typeof(EvalServeCommand).Assembly.Location);
        foreach (var a in new[] { "serve", "--urls", $"http://127.0.0.1:{port}", "--state", state }) info.ArgumentList.Add(a);
        if (models is not null)
        {
            info.ArgumentList.Add("--models");
            info.ArgumentList.Add(models);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start the server");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (log) log.WriteLine(e.Data);
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (log) log.WriteLine(e.Data);
        };
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static async Task<double?> WaitReady(HttpClient http, Process server, CancellationToken token)
    {
        var watch = Stopwatch.StartNew();
        while (!server.HasExited && watch.Elapsed < TimeSpan.FromSeconds(300))
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative), token).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK) return null;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10, token).ConfigureAwait(false);
        }
        return null;
    }

    private static async Task<Dictionary<string, object?>> PutAll(HttpClient http, Process server, string folder, TextWriter stderr, CancellationToken token)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => ContentTypeOf(f) is "text/plain" or "text/html" or "text/markdown" && !Path.GetFileName(f).StartsWith('.'))
            .Where(f => !Path.GetFileNameWithoutExtension(f).Equals("README", StringComparison.OrdinalIgnoreCase) && !Path.GetFileNameWithoutExtension(f).Equals("NOTICE", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        var latencies = new List<double>();
        var errors = 0;
        string? firstError = null;
        server.Refresh();
        var cpuBefore = server.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var id = relative[..^Path.GetExtension(relative).Length];
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file, token).ConfigureAwait(false));
            content.Headers.ContentType = new MediaTypeHeaderValue(ContentTypeOf(file));
            var one = Stopwatch.StartNew();
            using var response = await http.PutAsync(new Uri("/v1/articles/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString)), UriKind.Relative), content, token).ConfigureAwait(false);
            latencies.Add(one.Elapsed.TotalMilliseconds);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created))
            {
                errors++;
                firstError ??= $"{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(token).ConfigureAwait(false)}";
            }
            if (latencies.Count % 250 == 0) await stderr.WriteLineAsync($"put: {latencies.Count}/{files.Count} ({watch.Elapsed.TotalSeconds:0} s)").ConfigureAwait(false);
        }
        server.Refresh();
        return Summary(latencies, errors, watch.Elapsed.TotalSeconds, 1, (server.TotalProcessorTime - cpuBefore).TotalSeconds, firstError);
    }

    /// <summary>Every article of a run's articles.jsonl: are its stored related links the same (ids, order, scores, reasons)?</summary>
    private static async Task<Dictionary<string, object?>> CompareRelated(HttpClient http, string jsonl, TextWriter stderr, CancellationToken token)
    {
        int compared = 0, same = 0, missing = 0;
        var examples = new List<string>();
        foreach (var line in File.ReadLines(jsonl))
        {
            if (line.Length == 0) continue;
            using var expected = JsonDocument.Parse(line);
            var id = expected.RootElement.GetProperty("id").GetString()!;
            using var response = await http.GetAsync(new Uri("/v1/articles/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString)), UriKind.Relative), token).ConfigureAwait(false);
            compared++;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                missing++;
                continue;
            }
            using var actual = JsonDocument.Parse(await response.Content.ReadAsStringAsync(token).ConfigureAwait(false));
            var want = Links(expected.RootElement);
            var got = Links(actual.RootElement);
            if (want == got) same++;
            else if (examples.Count < 5) examples.Add($"{id}: run [{want}] serve [{got}]");
        }
        foreach (var e in examples) await stderr.WriteLineAsync("compare: " + e).ConfigureAwait(false);
        return new Dictionary<string, object?> { ["articles"] = compared, ["same_related"] = same, ["different"] = compared - same - missing, ["missing"] = missing, ["examples"] = examples };

        static string Links(JsonElement record) => string.Join(", ", record.GetProperty("related").EnumerateArray()
            .Select(r => $"{r.GetProperty("id").GetString()}:{r.GetProperty("score").GetDouble().ToString("0.0000", CultureInfo.InvariantCulture)}:{r.GetProperty("reasons")}"));
    }

    private static async Task<(List<double> Latencies, int Errors, double Seconds, string? FirstError)> Load(HttpClient http, byte[] body, string contentType,
        int requests, int concurrency, CancellationToken token)
    {
        var latencies = new double[requests];
        var next = -1;
        var errors = 0;
        string? firstError = null;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var one = Stopwatch.StartNew();
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                    using var response = await http.PostAsync(new Uri("/v1/analyze", UriKind.Relative), content, token).ConfigureAwait(false);
                    var text = await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, $"{(int)response.StatusCode} {text}", null);
                    }
                }
                catch (HttpRequestException e)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, e.Message, null);
                }
                latencies[i] = one.Elapsed.TotalMilliseconds;
            }
        }, token)).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return ([.. latencies], errors, watch.Elapsed.TotalSeconds, firstError);
    }

    private static Dictionary<string, object?> Summary(List<double> latencies, int errors, double seconds, int concurrency, double cpuSeconds, string? firstError)
    {
        var sorted = latencies.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)], 1);
        return new Dictionary<string, object?>
        {
            ["requests"] = sorted.Length,
            ["concurrency"] = concurrency,
            ["errors"] = errors,
            ["first_error"] = firstError,
            ["seconds"] = Math.Round(seconds, 2),
            ["requests_per_second"] = Math.Round(sorted.Length / Math.Max(seconds, 1e-9), 1),
            ["p50_ms"] = P(0.50),
            ["p95_ms"] = P(0.95),
            ["p99_ms"] = P(0.99),
            ["max_ms"] = sorted.Length == 0 ? 0 : Math.Round(sorted[^1], 1),
            ["server_cpu_seconds"] = Math.Round(cpuSeconds, 2),
            ["server_cpu_ms_per_request"] = sorted.Length == 0 ? 0 : Math.Round(cpuSeconds * 1000 / sorted.Length, 1),
        };
    }

    private static async Task<Dictionary<string, object?>> Stop(Process server)
    {
        var watch = Stopwatch.StartNew();
        if (!server.HasExited)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", server.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
            if (kill is not null) await kill.WaitForExitAsync().ConfigureAwait(false);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await server.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                server.Kill(entireProcessTree: true);
            }
        }
        return new Dictionary<string, object?> { ["exit_code"] = server.ExitCode, ["seconds_after_sigterm"] = Math.Round(watch.Elapsed.TotalSeconds, 2) };
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".md" => "text/markdown",
        ".json" => "application/json",
        ".txt" => "text/plain",
        _ => "application/octet-stream",
    };

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
