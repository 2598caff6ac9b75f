using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TextPipeline.Models;
using TextPipeline.Pipeline;

namespace TextPipeline.Server.Tests;

/// <summary>A temporary folder, deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tp-serve-tests-" + Guid.NewGuid().ToString("N"));

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public string File(string relative, string content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Models shared by the tests (parsed once), generated articles, runs, and servers on loopback ports.</summary>
public static class ServerSupport
{
    private static readonly Lazy<ModelStore> s_models = new(ModelStore.Shipped);

    public static ModelStore SharedModels => s_models.Value;

    public static IReadOnlyCollection<string> Themes => [.. TextPipeline.Tests.TestSupport.ThemedArticles.Themes.Keys];

    /// <summary>A generated news-like article of one theme (seeded, so the same every time).</summary>
    public static string Article(string theme, int index) => TextPipeline.Tests.TestSupport.ThemedArticles.Article(theme, index);

    /// <summary>Writes <paramref name="perTheme"/> articles per theme under <paramref name="folder"/> (<c>theme/NNN.txt</c>).</summary>
    public static void WriteCorpus(TempDir dir, string folder, int perTheme)
    {
        foreach (var theme in Themes)
        {
            for (var i = 0; i < perTheme; i++) dir.File($"{folder}/{theme}/{i:000}.txt", Article(theme, i));
        }
    }

    /// <summary><c>textpipeline run &lt;input&gt; --out &lt;out&gt; --state &lt;state&gt;</c>, in process.</summary>
    public static RunOutcome Run(string input, string output, string? state)
    {
        var options = new PipelineOptions { Jobs = 2, StateDirectory = state };
        var pipeline = AnalysisPipeline.Default.Prepare(options, SharedModels);
        var outcome = new PipelineRunner(pipeline).Analyze([input]);
        TextPipeline.Output.OutputWriter.Write(output, outcome, options);
        return outcome;
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }

    /// <summary>A started server on a free loopback port, over an archive opened with the shared models.</summary>
    public static async Task<RunningServer> StartAsync(string state, ApiKey? key = null, long maxBodyBytes = 5L * 1024 * 1024)
    {
        var options = new ServeOptions { StateDirectory = state, Urls = ["http://127.0.0.1:0"], MaxBodyBytes = maxBodyBytes, RequestLogs = false };
        var archive = ArticleArchive.Open(state, options.Pipeline, models: SharedModels);
        var app = ArticleServer.Build(options, key, archive);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningServer(app, archive, new HttpClient { BaseAddress = new Uri(address) });
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static StringContent Body(string text, string mediaType = "text/plain") => new(text, Encoding.UTF8, mediaType);

    /// <summary>The path of an article under /v1/articles/ (each segment escaped).</summary>
    public static string ArticlePath(string id) => "/v1/articles/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The tool as a child process (<c>dotnet textpipeline.dll …</c>), stderr and stdout collected.</summary>
    public static Process StartTool(StringBuilder log, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "textpipeline.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>Waits until <c>/readyz</c> answers 200 (or the process exits, or a minute passes).</summary>
    public static async Task WaitReadyAsync(HttpClient http, Process process, StringBuilder log)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(process.HasExited, "the server exited: " + log);
            try
            {
                using var response = await http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(50);
        }
        Assert.Fail("the server was not ready within 90 s: " + log);
    }
}

/// <summary>A server started in process; disposing stops it (in-flight requests finish) and closes the archive.</summary>
public sealed class RunningServer(WebApplication app, ArticleArchive archive, HttpClient http) : IAsyncDisposable
{
    public HttpClient Http { get; } = http;

    public ArticleArchive Archive { get; } = archive;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Archive.Dispose();
    }
}
