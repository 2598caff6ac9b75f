using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using static TextPipeline.Server.Tests.ServerSupport;

namespace TextPipeline.Server.Tests;

/// <summary>
/// <c>textpipeline serve</c> as a real process: killed with SIGKILL during a stream of PUTs it loses no
/// acknowledged write and leaves a sound database; SIGTERM lets the request in flight finish and exits 0; a
/// non-loopback address without a key is refused.
/// </summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Kill_9_during_puts_loses_no_acknowledged_article_and_the_database_is_sound()
    {
        using var dir = new TempDir();
        var state = dir.Combine("state");
        var log = new StringBuilder();
        var port = FreePort();
        using var server = StartTool(log, "serve", "--urls", $"http://127.0.0.1:{port}", "--state", state, "--quiet");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitReadyAsync(http, server, log);

        var acknowledged = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var theme = Themes.ElementAt(i % 4);
                var id = $"{theme}/{i:0000}";
                try
                {
                    using var response = await http.PutAsync(ArticlePath(id), Body(Article(theme, i)));
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK) acknowledged.Enqueue(id);
                }
                catch (HttpRequestException)
                {
                    return; // the server is gone
                }
            }
        });
        while (acknowledged.Count < 25) await Task.Delay(20);
        server.Kill(); // SIGKILL, in the middle of the stream
        await server.WaitForExitAsync();
        stop.Cancel();
        await writer;

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(state, "state.db")};Pooling=False"))
        {
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar() as string);
        }
        using var archive = ArticleArchive.Open(state, models: SharedModels);
        foreach (var id in acknowledged) Assert.NotNull(archive.Get(id));
        Assert.InRange(archive.Count, acknowledged.Count, acknowledged.Count + 1); // at most the one in flight, committed but not acknowledged
    }

    [Fact]
    public async Task Sigterm_lets_the_request_in_flight_finish_and_exits_0()
    {
        using var dir = new TempDir();
        var state = dir.Combine("state");
        var log = new StringBuilder();
        var port = FreePort();
        using var server = StartTool(log, "serve", "--urls", $"http://127.0.0.1:{port}", "--state", state);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitReadyAsync(http, server, log);
        // The PUT is in flight when SIGTERM arrives: its headers and half its body are sent, the rest only after the signal.
        var longText = string.Join("\n\n", Enumerable.Range(0, 30).Select(i => Article(Themes.ElementAt(i % 4), 300 + i)));
        var signalled = new TaskCompletionSource();
        var headersSent = new TaskCompletionSource();
        using var content = new HeldBackContent(Encoding.UTF8.GetBytes(longText), headersSent, signalled.Task);
        var put = http.PutAsync(ArticlePath("long/1"), content);
        await headersSent.Task;
        await Task.Delay(1000);
        using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        await Task.Delay(500);
        signalled.SetResult();
        using var response = await put;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await server.WaitForExitAsync();
        Assert.True(server.ExitCode == 0, log.ToString());
        using var archive = ArticleArchive.Open(state, models: SharedModels);
        Assert.NotNull(archive.Get("long/1"));
    }

    /// <summary>A text/plain body sent in two halves: the second only once <paramref name="release"/> completes.</summary>
    private sealed class HeldBackContent : HttpContent
    {
        private readonly byte[] _bytes;
        private readonly TaskCompletionSource _firstHalfSent;
        private readonly Task _release;

        public HeldBackContent(byte[] bytes, TaskCompletionSource firstHalfSent, Task release)
        {
            (_bytes, _firstHalfSent, _release) = (bytes, firstHalfSent, release);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var half = _bytes.Length / 2;
            await stream.WriteAsync(_bytes.AsMemory(0, half));
            await stream.FlushAsync();
            _firstHalfSent.TrySetResult();
            await _release;
            await stream.WriteAsync(_bytes.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }

    [Fact]
    public async Task A_non_loopback_address_without_a_key_is_refused()
    {
        using var dir = new TempDir();
        var log = new StringBuilder();
        using var server = StartTool(log, "serve", "--urls", "http://0.0.0.0:5999", "--state", dir.Combine("state"));
        await server.WaitForExitAsync();
        Assert.Equal(1, server.ExitCode);
        Assert.Contains("API key is required", log.ToString(), StringComparison.Ordinal);
    }
}
