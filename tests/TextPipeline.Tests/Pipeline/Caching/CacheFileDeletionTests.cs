using System.Text.Json.Nodes;
using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Pipeline.Caching;

/// <summary>
/// The cache may lose any file at any time (issue 12): with any single per-article entry or corpus memo deleted, a
/// re-run over <c>data/samples</c> writes every output byte for byte as a run without the cache does. Before the
/// serializer kept keyphrase occurrences and the noun-phrase flag, deleting the tags memo grew <c>tags.csv</c> from
/// 123 to 129 lines with verbs ("accept", "pay") as tags.
/// </summary>
public sealed class CacheFileDeletionTests
{
    [Fact]
    public void Deleting_any_one_cache_file_leaves_every_output_byte_identical()
    {
        using var dir = new TempDir();
        var input = SharedData.InRepo("data", "samples");
        var cache = dir.Combine("cache");
        var cached = new PipelineOptions { Jobs = 2, CacheDirectory = cache };
        var articles = PipelineHarness.Run(input, dir.Combine("uncached"), new PipelineOptions { Jobs = 2, CacheDirectory = null }).Corpus.Articles.Length;
        var expected = Outputs(dir.Combine("uncached"));
        // (The repro counted 123 tag lines on the 13 samples of that day; the samples now include feeds.)
        Assert.True(File.ReadAllLines(dir.Combine("uncached/tags.csv")).Length > articles);

        PipelineHarness.Run(input, dir.Combine("cold"), cached);
        AssertSameOutputs(expected, dir.Combine("cold"), "cold cache");
        var files = Directory.GetFiles(cache, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(articles * 2, files.Count(f => f.EndsWith(".tpa", StringComparison.Ordinal))); // two article segments
        // Keyphrases and tags are made per article (cached in the article segments); the corpus memos are the fitted stages'.
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("related-", StringComparison.Ordinal) && f.EndsWith(".tpc", StringComparison.Ordinal));

        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            File.Delete(file);
            var run = dir.Combine("run-" + Path.GetFileName(file)[..12]);
            PipelineHarness.Run(input, run, cached);
            var what = $"with {Path.GetRelativePath(cache, file)} deleted";
            AssertSameOutputs(expected, run, what);
            // The entry comes back under the same key with the same bytes, and no other entry appears.
            Assert.True(File.Exists(file), what);
            Assert.Equal(bytes, File.ReadAllBytes(file));
            Assert.Equal(files, Directory.GetFiles(cache, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            Directory.Delete(run, recursive: true);
        }
    }

    private static Dictionary<string, string> Outputs(string outDir) =>
        OutputWriter.FileNames.ToDictionary(name => name, name => name == "run.json"
            ? Comparable(File.ReadAllText(Path.Combine(outDir, name)))
            : File.ReadAllText(Path.Combine(outDir, name)));

    /// <summary>run.json without what differs between any two runs: timings, process figures, and the cache folder option.</summary>
    private static string Comparable(string runJson)
    {
        var json = JsonNode.Parse(runJson)!.AsObject();
        json.Remove("timings");
        json.Remove("process");
        json["options"]!.AsObject().Remove("cache");
        return json.ToJsonString();
    }

    private static void AssertSameOutputs(Dictionary<string, string> expected, string outDir, string what)
    {
        foreach (var (name, text) in Outputs(outDir))
        {
            Assert.True(expected[name] == text, $"{name} differs {what}");
        }
    }
}
