using System.Net;
using System.Text.Json;
using static TextPipeline.Server.Tests.ServerSupport;

namespace TextPipeline.Server.Tests;

/// <summary>
/// The archive the server keeps: after PUTs and DELETEs every stored article's related links equal what <c>run</c>
/// gives on the same articles with the same state; concurrent writes to one id leave memory and disk agreeing; a
/// restart with the same state folder serves the same thing.
/// </summary>
public sealed class ArchiveTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static string RelatedOf(string record) => JsonDocument.Parse(record).RootElement.GetProperty("related").ToString();

    private static string DuplicatesOf(string record)
    {
        var root = JsonDocument.Parse(record).RootElement;
        return root.GetProperty("duplicateOf").ToString() + root.GetProperty("duplicates");
    }

    [Fact]
    public async Task After_puts_and_deletes_every_article_links_as_a_run_over_the_same_articles_with_the_same_state()
    {
        using var dir = new TempDir();
        var serverState = site.CopyState(dir, "serve-state");
        var runState = site.CopyState(dir, "run-state");
        var input = dir.Combine("site");
        CopyFolder(site.Input, input);
        await using (var server = await StartAsync(serverState))
        {
            var http = server.Http;
            // New articles (one an exact copy, one a near copy of stored ones), an edit, two deletes.
            var changes = new Dictionary<string, string?>
            {
                ["space/100"] = Article("space", 100),
                ["economy/101"] = Article("economy", 101),
                ["music/copy"] = File.ReadAllText(Path.Combine(site.Input, "music/004.txt")),
                ["football/near"] = File.ReadAllText(Path.Combine(site.Input, "football/002.txt")) + "\nThe coach spoke to reporters after the match on Sunday.\n",
                ["economy/003"] = Article("music", 103),
                ["space/007"] = null,
                ["football/011"] = null,
            };
            foreach (var (id, text) in changes)
            {
                var path = Path.Combine(input, id + ".txt");
                if (text is null)
                {
                    Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync(ArticlePath(id))).StatusCode);
                    File.Delete(path);
                }
                else
                {
                    Assert.True((await http.PutAsync(ArticlePath(id), Body(text))).IsSuccessStatusCode, id);
                    File.WriteAllText(path, text);
                }
            }
            var copy = JsonDocument.Parse(await http.GetStringAsync(ArticlePath("music/copy"))).RootElement;
            Assert.Equal("music/004", copy.GetProperty("duplicateOf").GetString());

            ServerSupport.Run(input, dir.Combine("run-out"), runState);
            var runRecords = File.ReadAllLines(dir.Combine("run-out/articles.jsonl"));
            Assert.Equal(runRecords.Length, server.Archive.Count);
            foreach (var line in runRecords)
            {
                var id = JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!;
                var served = await http.GetStringAsync(ArticlePath(id));
                Assert.True(RelatedOf(line) == RelatedOf(served), $"{id}: run {RelatedOf(line)} serve {RelatedOf(served)}");
                Assert.Equal(DuplicatesOf(line), DuplicatesOf(served));
            }
        }

        // Closing the server wrote the related-links state from memory: a run over the same folder with the server's
        // state keeps links from it and still gives exactly the same output.
        ServerSupport.Run(input, dir.Combine("after-serve-out"), serverState);
        Assert.Equal(File.ReadAllLines(dir.Combine("run-out/articles.jsonl")).Select(RelatedOf), File.ReadAllLines(dir.Combine("after-serve-out/articles.jsonl")).Select(RelatedOf));
    }

    [Fact]
    public async Task Concurrent_puts_and_deletes_of_one_id_leave_memory_and_disk_agreeing_across_a_restart()
    {
        using var dir = new TempDir();
        var state = site.CopyState(dir);
        var versions = new[] { Article("space", 200), Article("economy", 201), Article("music", 202) };
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        Dictionary<string, string> before;
        await using (var server = await StartAsync(state))
        {
            var http = server.Http;
            var tasks = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
            {
                using var response = i % 3 == 2
                    ? await http.DeleteAsync(ArticlePath("race/1"))
                    : await http.PutAsync(ArticlePath("race/1"), Body(versions[i % versions.Length]));
                statuses.Add(response.StatusCode);
            }));
            await Task.WhenAll(tasks);
            before = [];
            foreach (var id in site.RunRecords.Keys.Append("race/1"))
            {
                using var response = await http.GetAsync(ArticlePath(id));
                before[id] = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : "absent";
            }
        }
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.NotFound }));
        Assert.Contains(HttpStatusCode.Created, statuses);

        // Restart with the same state folder: the same records, links included.
        await using var restarted = await StartAsync(state);
        foreach (var (id, record) in before)
        {
            using var response = await restarted.Http.GetAsync(ArticlePath(id));
            Assert.Equal(record, response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : "absent");
        }
    }
}
