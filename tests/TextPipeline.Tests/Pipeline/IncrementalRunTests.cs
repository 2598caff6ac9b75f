using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Pipeline.State;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Pipeline;

/// <summary>
/// Runs over a generated 60-article corpus with a state folder: the topic model and statistics are kept, an edit
/// changes only the edited article and the links that involve it, and the incremental result is exactly what a run
/// from scratch gives.
/// </summary>
public sealed class IncrementalRunTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Input => _dir.Combine("in");

    private string Out => _dir.Combine("out");

    public IncrementalRunTests()
    {
        foreach (var theme in ThemedArticles.Themes.Keys)
        {
            for (var i = 0; i < 15; i++) _dir.File($"in/{theme}/{i:000}.txt", ThemedArticles.Article(theme, i));
        }
    }

    private RunOutcome Run(string? state = null)
    {
        var options = new PipelineOptions { Jobs = 2, CacheDirectory = _dir.Combine("cache"), StateDirectory = state ?? _dir.Combine("state"), Topics = 4 };
        return PipelineHarness.Run([Input], Out, options);
    }

    private string Articles() => File.ReadAllText(Path.Combine(Out, "articles.jsonl"));

    [Fact]
    public void An_edit_changes_only_the_edited_article_and_links_that_involve_it_and_equals_a_run_from_scratch()
    {
        var cold = Run();
        Assert.NotEmpty(cold.Corpus.Topics);
        var before = Articles();
        var topicsBefore = File.ReadAllText(Path.Combine(Out, "topics.csv"));

        // Unchanged input: the same outputs, byte for byte.
        Run();
        Assert.Equal(before, Articles());

        File.AppendAllText(Path.Combine(Input, "economy", "003.txt"), "Later the minister spoke about the orchestra and the festival budget.\n");
        Run();
        var afterEdit = Articles();
        var comparison = OutputComparison.AfterEdit(before, afterEdit, "economy/003");
        Assert.Equal(0, comparison.OtherArticlesChanged);
        Assert.Equal(0, comparison.RelatedChangedOtherwise);
        Assert.False(comparison.TopicIdsChanged);
        Assert.Equal(topicsBefore.Split('\n')[1..].Select(l => l.Split(',')[0]), File.ReadAllText(Path.Combine(Out, "topics.csv")).Split('\n')[1..].Select(l => l.Split(',')[0]));

        // The links kept for unaffected articles are exactly what computing every article's links gives.
        using (var store = StateStore.Open(_dir.Combine("state"), out _)) store.Save(new Dictionary<string, byte[]?> { [TextPipeline.Linking.RelatedLinksStage.StateEntry] = null });
        Run();
        Assert.Equal(afterEdit, Articles());
    }

    [Fact]
    public void An_unchanged_rerun_reuses_the_linked_corpus_and_an_edit_does_not()
    {
        Run();
        var before = Articles();
        var second = RunLogged();
        Assert.Contains("cache: related reused (input unchanged)", second);
        Assert.Equal(before, Articles());

        // The reuse is keyed by the state too: once links are recomputed from a changed state, the entry differs.
        File.AppendAllText(Path.Combine(Input, "music", "004.txt"), "The singer later thanked the orchestra.\n");
        var edited = RunLogged();
        Assert.DoesNotContain("related reused", edited);
        Assert.Contains("cache: related reused (input unchanged)", RunLogged());
    }

    private string RunLogged()
    {
        var lines = new List<string>();
        var options = new PipelineOptions { Jobs = 2, CacheDirectory = _dir.Combine("cache"), StateDirectory = _dir.Combine("state"), Topics = 4 };
        var runner = new PipelineRunner(AnalysisPipeline.Default.Prepare(options, TestModels.Store), log: new SynchronousLog(m => { lock (lines) lines.Add(m); }));
        OutputWriter.Write(Out, runner.Analyze([Input]), options);
        return string.Join('\n', lines);
    }

    [Fact]
    public void Deleting_and_adding_articles_changes_only_them_and_links_that_involve_them()
    {
        Run();
        var before = Articles();
        File.Delete(Path.Combine(Input, "music", "007.txt"));
        _dir.File("in/space/099.txt", ThemedArticles.Article("space", 99));
        Run();
        var after = Articles();
        var records = after.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(records, r => r.Contains("\"id\":\"music/007\"", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Contains("\"id\":\"space/099\"", StringComparison.Ordinal));
        var comparison = OutputComparison.AfterEdit(before, after, "music/007", "space/099");
        Assert.Equal(0, comparison.OtherArticlesChanged);
        Assert.Equal(0, comparison.RelatedChangedOtherwise);

        using (var store = StateStore.Open(_dir.Combine("state"), out _)) store.Save(new Dictionary<string, byte[]?> { [TextPipeline.Linking.RelatedLinksStage.StateEntry] = null });
        Run();
        Assert.Equal(after, Articles());
    }

    [Fact]
    public void A_cancelled_run_leaves_the_state_and_outputs_of_the_last_complete_run()
    {
        Run();
        var before = Articles();
        File.AppendAllText(Path.Combine(Input, "space", "001.txt"), "A late change about the telescope.\n");
        using var cancel = new CancellationTokenSource();
        var options = new PipelineOptions { Jobs = 2, CacheDirectory = _dir.Combine("cache"), StateDirectory = _dir.Combine("state"), Topics = 4 };
        // Cancelled once linking starts: after the per-article work, before anything is kept or written.
        var runner = new PipelineRunner(AnalysisPipeline.Default.Prepare(options, TestModels.Store), log: new SynchronousLog(m => { if (m.StartsWith("cache:", StringComparison.Ordinal)) cancel.Cancel(); }));
        Assert.ThrowsAny<OperationCanceledException>(() => runner.Analyze([Input], cancel.Token));
        Assert.Equal(before, Articles());

        File.WriteAllText(Path.Combine(Input, "space", "001.txt"), ThemedArticles.Article("space", 1));
        Run();
        Assert.Equal(before, Articles());
    }

    private sealed class SynchronousLog(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }

    public void Dispose() => _dir.Dispose();
}
