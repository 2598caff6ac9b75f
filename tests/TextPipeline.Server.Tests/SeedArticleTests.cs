using System.Text.Json;
using static TextPipeline.Server.Tests.ServerSupport;

namespace TextPipeline.Server.Tests;

/// <summary>The seed article (a real scraped page with site chrome) through POST /v1/analyze gets the tags run gives it.</summary>
public sealed class SeedArticleTests
{
    private static string? SeedArticle()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "TextPipeline.sln"))) continue;
            var shared = Environment.GetEnvironmentVariable("TEXTPIPELINE_SHARED") is { Length: > 0 } env ? env : Path.Combine(dir.FullName, "..", "shared");
            var path = Path.Combine(shared, "fixtures", "seed-article.txt");
            return File.Exists(path) ? path : null;
        }
        return null;
    }

    [SkippableFact]
    public async Task The_seed_article_s_tags_through_analyze_equal_run_s()
    {
        var seed = SeedArticle();
        Skip.If(seed is null, "../shared/fixtures/seed-article.txt is not present beside the repository; test skipped.");
        using var dir = new TempDir();
        var input = dir.Combine("in");
        Directory.CreateDirectory(input);
        File.Copy(seed!, Path.Combine(input, "seed-article.txt"));
        ServerSupport.Run(input, dir.Combine("out"), state: null);
        var runRecord = JsonDocument.Parse(File.ReadAllLines(dir.Combine("out/articles.jsonl")).Single()).RootElement;

        await using var server = await StartAsync(dir.Combine("state"));
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(seed!));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        var served = JsonDocument.Parse(await (await server.Http.PostAsync("/v1/analyze", content)).Content.ReadAsStringAsync()).RootElement;

        Assert.NotEmpty(runRecord.GetProperty("tags").EnumerateArray());
        Assert.Equal(runRecord.GetProperty("tags").ToString(), served.GetProperty("tags").ToString());
        Assert.Equal(runRecord.GetProperty("entities").ToString(), served.GetProperty("entities").ToString());
        Assert.Equal(runRecord.GetProperty("summary").ToString(), served.GetProperty("summary").ToString());
    }
}
