using System.Text;
using TextPipeline.Pipeline;
using TextPipeline.Sharding;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Sharding;

/// <summary>
/// The issue's first target: for the same input and options, shards plus merge write exactly what one run writes.
/// The input mixes what could go wrong across shards: an id two files claim (TP1017), a byte-identical copy whose
/// original is elsewhere (TP1011, TP6001), a non-English article (TP1024), records of one file spread over shards,
/// HTML and chrome whose diagnostics map back to input lines, truncated summaries (TP4101, mapped through the source
/// map the partial carries), a binary file (a diagnostic of no article), topics trained on the corpus, and data/samples.
/// </summary>
public sealed class ShardedRunTests : IDisposable
{
    private readonly TempDir _dir = new();

    private readonly string[] _inputs;

    private readonly PipelineOptions _options;

    public ShardedRunTests()
    {
        foreach (var theme in ThemedArticles.Themes.Keys)
        {
            for (var i = 0; i < 14; i++) _dir.File($"in/{theme}/{i:000}.txt", ThemedArticles.Article(theme, i));
        }
        _dir.File("in/dup/story.txt", ThemedArticles.Article("economy", 40));
        _dir.File("in/dup/story.md", "# Story about football\n\n" + ThemedArticles.Article("football", 41));
        _dir.File("in/zz/copy.txt", File.ReadAllText(_dir.Combine("in/economy/003.txt")));
        _dir.File("in/world/berlin.txt", "Neue Pläne für Berlin\n\nDer Senat hat am Dienstag neue Pläne für den Ausbau der Straßenbahn vorgestellt. " +
            "Die Linien sollen bis 2030 fertig sein, sagte die Senatorin. Die Opposition kritisierte die Kosten und forderte mehr Busse.\n");
        _dir.File("in/feed/wire.jsonl", string.Join('\n', Enumerable.Range(1, 6).Select(i =>
            $"{{\"id\":\"w{i}\",\"title\":\"Wire {i}\",\"body\":\"{ThemedArticles.Article("space", 60 + i).Replace("\n", "\\n", StringComparison.Ordinal)}\"}}")) + "\n");
        _dir.File("in/web/page.html", "<html><head><title>Orbit news | Site</title></head><body><nav>Home | About | Contact</nav><article><h1>Orbit news</h1><p>"
            + ThemedArticles.Article("space", 70).Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></article><footer>Copyright 2024 Site</footer></body></html>");
        _dir.File("in/bad/blob.txt", [0, 1, 2, 0, 0, 0, 7, 8, 0, 0, 0, 0, 0, 9]);
        _inputs = [_dir.Combine("in"), SharedData.InRepo("data", "samples")];
        _options = new PipelineOptions { Jobs = 2, Topics = 4, SummaryChars = 120, StateDirectory = _dir.Combine("state"), CacheDirectory = _dir.Combine("cache") };
    }

    [Fact]
    public void Shards_and_merge_write_exactly_the_outputs_of_one_run_first_without_then_with_a_state()
    {
        // First run: nothing learned yet, so the shards stop before topics and the merge fits topics, then the rest, then links.
        var single = ShardHarness.Run(_inputs, _dir.Combine("run1"), _options);
        ResetStateAndCache();
        var merged = ShardHarness.RunSharded(_inputs, _dir.Combine("parts1"), _dir.Combine("merged1"), 3, _options);
        ShardHarness.AssertSameOutputs(_dir.Combine("run1"), _dir.Combine("merged1"));
        Assert.Equal(single.Statistics with { StageSeconds = [], TotalSeconds = 0 }, merged.Statistics with { StageSeconds = [], TotalSeconds = 0 });
        AssertCorpusExercisesTheCrossShardCases(_dir.Combine("merged1"));
        Assert.Equal(3, merged.Shards.Length);

        // Second run: the state has the statistics and the topic model, so the shards run every per-article step and
        // the merge only links; the state the merge kept equals the one the run kept.
        CopyState("state", "state-after-first");
        ShardHarness.Run(_inputs, _dir.Combine("run2"), _options);
        CopyState("state-after-first", "state");
        ShardHarness.RunSharded(_inputs, _dir.Combine("parts2"), _dir.Combine("merged2"), 4, _options);
        ShardHarness.AssertSameOutputs(_dir.Combine("run2"), _dir.Combine("merged2"));
        var header = PartialFile.ReadHeader(Path.Combine(_dir.Combine("parts2"), "part-00000-of-00004.tpp"));
        Assert.Equal(["tokenize", "entities", "keyphrases", "topics", "subjects", "tags", "summaries", "related"], header.Prefix.Steps.Select(s => s.Stage));
        Assert.Equal(PipelinePrefix.StepKind.Prelude, header.Prefix.Steps[^1].Kind);
    }

    [Fact]
    public void Merged_outputs_do_not_depend_on_the_number_of_shards_and_a_shard_may_be_empty()
    {
        var options = _options with { StateDirectory = null, CacheDirectory = null };
        ShardHarness.Run(_inputs, _dir.Combine("run"), options);
        // 1 shard, and more shards than some folders have articles (some shards get none of the small inputs).
        ShardHarness.RunSharded(_inputs, _dir.Combine("p1"), _dir.Combine("m1"), 1, options);
        ShardHarness.AssertSameOutputs(_dir.Combine("run"), _dir.Combine("m1"));
        ShardHarness.RunSharded([SharedData.InRepo("data", "samples", "web")], _dir.Combine("p-small"), _dir.Combine("m-small"), 5, options);
        ShardHarness.Run([SharedData.InRepo("data", "samples", "web")], _dir.Combine("run-small"), options);
        ShardHarness.AssertSameOutputs(_dir.Combine("run-small"), _dir.Combine("m-small"));
        var counts = Directory.GetFiles(_dir.Combine("p-small")).Select(p => PartialFile.ReadHeader(p).Articles).ToList();
        Assert.Contains(0, counts);
    }

    private static void AssertCorpusExercisesTheCrossShardCases(string outDir)
    {
        var diagnostics = File.ReadAllText(Path.Combine(outDir, "diagnostics.csv"));
        foreach (var id in new[] { "TP1017", "TP1011", "TP6001", "TP1024", "TP4101", "TP1004" }) Assert.Contains("," + id + ",", diagnostics, StringComparison.Ordinal);
        Assert.Contains("bad/blob.txt", diagnostics, StringComparison.Ordinal);
        var topics = File.ReadAllLines(Path.Combine(outDir, "topics.csv"));
        Assert.True(topics.Length > 2, "topics were trained");
        // The wire's records went to more than one shard.
        var shardsOfRecords = Enumerable.Range(1, 6).Select(i => ShardSpec.Of($"feed/wire#w{i}", 3)).Distinct().Count();
        Assert.True(shardsOfRecords > 1);
    }

    private void ResetStateAndCache()
    {
        foreach (var name in new[] { "state", "cache" })
        {
            if (Directory.Exists(_dir.Combine(name))) Directory.Delete(_dir.Combine(name), recursive: true);
        }
    }

    private void CopyState(string from, string to)
    {
        if (Directory.Exists(_dir.Combine(to))) Directory.Delete(_dir.Combine(to), recursive: true);
        Directory.CreateDirectory(_dir.Combine(to));
        foreach (var file in Directory.GetFiles(_dir.Combine(from))) File.Copy(file, Path.Combine(_dir.Combine(to), Path.GetFileName(file)));
    }

    public void Dispose() => _dir.Dispose();
}
