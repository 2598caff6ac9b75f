using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using static TextPipeline.Server.Tests.ServerSupport;

namespace TextPipeline.Server.Tests;

/// <summary>Every endpoint and error code of the API on a real Kestrel server on a loopback port.</summary>
public sealed class ApiTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Key = "test-key-0123456789abcdef";

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // never a stack trace
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    [Fact]
    public async Task Health_readiness_openapi_and_the_records_a_run_stored()
    {
        using var dir = new TempDir();
        await using var server = await StartAsync(site.CopyState(dir));
        var http = server.Http;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var ready = JsonDocument.Parse(await http.GetStringAsync("/readyz")).RootElement;
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(60, ready.GetProperty("articles").GetInt32());
        var openApi = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        foreach (var path in new[] { "/v1/analyze", "/v1/articles/{id}" }) Assert.True(openApi.TryGetProperty(path, out _), path);

        // GET gives exactly the line run wrote to articles.jsonl.
        foreach (var (id, line) in site.RunRecords.Take(10)) Assert.Equal(line, await http.GetStringAsync(ArticlePath(id)));
        var related = JsonDocument.Parse(await http.GetStringAsync(ArticlePath("music/003") + "/related?k=3")).RootElement;
        var expected = JsonDocument.Parse(site.RunRecords["music/003"]).RootElement.GetProperty("related").EnumerateArray().Take(3).Select(r => r.GetProperty("id").GetString());
        Assert.Equal(expected, related.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        // More than the stored five: computed by the same index query, the stored ones first.
        var ten = JsonDocument.Parse(await http.GetStringAsync(ArticlePath("music/003") + "/related?k=10")).RootElement.GetProperty("related");
        Assert.Equal(10, ten.GetArrayLength());
        Assert.Equal(JsonDocument.Parse(site.RunRecords["music/003"]).RootElement.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("id").GetString()),
            ten.EnumerateArray().Take(5).Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Put_get_delete_and_analyze_with_every_body_type()
    {
        using var dir = new TempDir();
        await using var server = await StartAsync(site.CopyState(dir));
        var http = server.Http;
        var text = Article("space", 40);

        // Analyze stores nothing; its links come from the archive.
        var analyzed = await http.PostAsync("/v1/analyze", Body(text));
        Assert.Equal(HttpStatusCode.OK, analyzed.StatusCode);
        var analysis = JsonDocument.Parse(await analyzed.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("space/", analysis.GetProperty("related")[0].GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(analysis.GetProperty("tags").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(ArticlePath("article"))).StatusCode);

        var created = await http.PutAsync(ArticlePath("space/new#1"), Body(text));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/v1/articles/space/new%231", created.Headers.Location?.OriginalString);
        var stored = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("space/new#1", stored.GetProperty("id").GetString());
        // The stored article gets the links analyze promised.
        Assert.Equal(analysis.GetProperty("related").ToString(), stored.GetProperty("related").ToString());
        Assert.Equal(HttpStatusCode.OK, (await http.PutAsync(ArticlePath("space/new#1"), Body(text))).StatusCode);
        Assert.Equal(stored.ToString(), JsonDocument.Parse(await http.GetStringAsync(ArticlePath("space/new#1"))).RootElement.ToString());

        // JSON record, HTML and Markdown bodies.
        var json = JsonSerializer.Serialize(new { id = "economy/json", title = "Central bank holds rates", text = Article("economy", 41), url = "https://example.com/a", published = "2024-05-01", author = "A. Writer" });
        var fromJson = JsonDocument.Parse(await (await http.PutAsync(ArticlePath("economy/json"), Body(json, "application/json"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Central bank holds rates", fromJson.GetProperty("title").GetString());
        Assert.Equal("2024-05-01", fromJson.GetProperty("published").GetString());
        var html = "<html><head><title>Guitar legend plays</title></head><body><article><h1>Guitar legend plays</h1><p>" + Article("music", 42).Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>";
        var fromHtml = await http.PutAsync(ArticlePath("music/html"), Body(html, "text/html"));
        Assert.Equal(HttpStatusCode.Created, fromHtml.StatusCode);
        Assert.DoesNotContain("<p>", JsonDocument.Parse(await fromHtml.Content.ReadAsStringAsync()).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        var htmlRecord = JsonSerializer.Serialize(new { html });
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/v1/analyze", Body(htmlRecord, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PutAsync(ArticlePath("music/md"), Body("# Drummer joins band\n\n" + Article("music", 43), "text/markdown"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync(ArticlePath("space/new#1"))).StatusCode);
        await ProblemOf(await http.GetAsync(ArticlePath("space/new#1")), HttpStatusCode.NotFound);
        await ProblemOf(await http.DeleteAsync(ArticlePath("space/new#1")), HttpStatusCode.NotFound);
        await ProblemOf(await http.GetAsync(ArticlePath("space/new#1") + "/related"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_error_is_a_problem_document()
    {
        using var dir = new TempDir();
        await using var server = await StartAsync(site.CopyState(dir), maxBodyBytes: 64 * 1024);
        var http = server.Http;
        var text = Article("music", 1);
        await ProblemOf(await http.PutAsync("/v1/articles/a%20b", Body(text)), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PutAsync("/v1/articles/a%01b", Body(text)), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PutAsync("/v1/articles/a//b", Body(text)), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PutAsync("/v1/articles/x/related", Body(text)), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PutAsync("/v1/articles/" + new string('a', 201), Body(text)), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PostAsync("/v1/analyze", Body("{\"text\": ", "application/json")), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PostAsync("/v1/analyze", Body("[{\"text\": \"x\"}]", "application/json")), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PostAsync("/v1/analyze", Body("{\"txt\": \"typo\"}", "application/json")), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PostAsync("/v1/analyze", Body("{\"title\": \"no body\"}", "application/json")), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PostAsync("/v1/analyze", Body("{\"text\": 42}", "application/json")), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PutAsync(ArticlePath("a/b"), Body("{\"id\": \"other\", \"text\": \"Some text here.\"}", "application/json")), HttpStatusCode.BadRequest);
        await ProblemOf(await http.PostAsync("/v1/analyze", Body("")), HttpStatusCode.BadRequest);
        await ProblemOf(await http.GetAsync(ArticlePath("music/001") + "/related?k=0"), HttpStatusCode.BadRequest);
        await ProblemOf(await http.GetAsync(ArticlePath("music/001") + "/related?k=abc"), HttpStatusCode.BadRequest);
        await ProblemOf(await http.GetAsync(ArticlePath("music/001") + "/related?k=101"), HttpStatusCode.BadRequest);
        await ProblemOf(await http.GetAsync(ArticlePath("absent")), HttpStatusCode.NotFound);
        await ProblemOf(await http.GetAsync("/v1/nothing/here"), HttpStatusCode.NotFound);
        using (var large = new HttpRequestMessage(HttpMethod.Post, "/v1/analyze") { Content = Body(new string('x', 70 * 1024)) })
        {
            // With Expect: 100-continue the client sends no body once the server has said 413 from the declared length.
            large.Headers.ExpectContinue = true;
            await ProblemOf(await http.SendAsync(large), HttpStatusCode.RequestEntityTooLarge);
        }
        Assert.Equal(413, await ChunkedStatus(http.BaseAddress!, 70 * 1024));
        await ProblemOf(await http.PostAsync("/v1/analyze", Body("x", "image/png")), HttpStatusCode.UnsupportedMediaType);
        await ProblemOf(await http.PutAsync(ArticlePath("x"), new ByteArrayContent([1, 2, 3])), HttpStatusCode.UnsupportedMediaType);
        await ProblemOf(await http.PatchAsync("/v1/analyze", Body(text)), HttpStatusCode.MethodNotAllowed);
    }

    /// <summary>A chunked POST of <paramref name="bytes"/> bytes over a raw socket (no length declared up front); the status code.</summary>
    private static async Task<int> ChunkedStatus(Uri server, int bytes)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var head = "POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n" + bytes.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(new string('y', bytes) + "\r\n0\r\n\r\n"));
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer);
        var status = System.Text.Encoding.ASCII.GetString(buffer, 0, read).Split(' ')[1];
        return int.Parse(status, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task With_a_key_every_v1_request_needs_it_and_health_stays_open()
    {
        using var dir = new TempDir();
        await using var server = await StartAsync(site.CopyState(dir), ApiKey.FromString(Key));
        var http = server.Http;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
        var missing = await http.GetAsync(ArticlePath("music/001"));
        await ProblemOf(missing, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        foreach (var wrong in new[] { "Bearer nope", "Bearer " + Key + "x", "Bearer " + Key[..^1], "Basic " + Key })
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, ArticlePath("music/001"));
            request.Headers.TryAddWithoutValidation("Authorization", wrong);
            var response = await http.SendAsync(request);
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, wrong);
            await ProblemOf(response, response.StatusCode);
        }
        Assert.NotNull(server.Archive.Get("music/001"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(ArticlePath("music/001"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync(ArticlePath("music/001"))).StatusCode);
    }

    [Fact]
    public void Listening_beyond_loopback_needs_a_key_and_keys_must_be_long()
    {
        using var dir = new TempDir();
        foreach (var url in new[] { "http://127.0.0.1:5080", "http://127.0.0.2:80", "http://localhost:5080", "http://[::1]:5080" }) Assert.True(ListenAddresses.IsLoopback(url), url);
        foreach (var url in new[] { "http://0.0.0.0:5080", "http://*:5080", "http://+:5080", "http://[::]:5080", "http://192.168.1.4:5080", "http://example.com:80" }) Assert.False(ListenAddresses.IsLoopback(url), url);

        using var stderr = new StringWriter();
        Assert.Equal(1, ArticleServer.Validate(new ServeOptions { StateDirectory = dir.Path, Urls = ["http://0.0.0.0:5080"] }, stderr, out _));
        Assert.Contains("API key is required", stderr.ToString(), StringComparison.Ordinal);
        var shortKey = dir.File("short.key", "abc\n");
        Assert.Equal(1, ArticleServer.Validate(new ServeOptions { StateDirectory = dir.Path, ApiKeyFile = shortKey }, stderr, out _));
        var goodKey = dir.File("good.key", Key + "\n");
        Assert.Null(ArticleServer.Validate(new ServeOptions { StateDirectory = dir.Path, Urls = ["http://0.0.0.0:5080"], ApiKeyFile = goodKey }, stderr, out var key));
        Assert.True(key!.Matches(Key));
        Assert.False(key.Matches(Key + " "));
    }
}
