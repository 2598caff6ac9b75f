using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Keyphrases;
using TextPipeline.Pipeline;
using TextPipeline.Pipeline.Caching;
using TextPipeline.Tests.TestSupport;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Tests.Pipeline.Caching;

public sealed class ArticleCacheTests
{
    /// <summary>A per-article stage that counts its calls and adds tokens and a keyphrase, like a real stage would.</summary>
    private sealed class CountingStage(string version = "1") : IArticleStage, IArticleStep
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "counting";

        public string Version => version;

        public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public IArticleStep Prepare(StagePreparation preparation) => this;

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            var text = article.Article.Text;
            var tokens = new List<Token>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetter(text[i]);
                if (letter && start < 0) start = i;
                if (!letter && start >= 0)
                {
                    var span = TextSpan.FromBounds(start, i);
                    var word = text.ToString(span);
                    tokens.Add(new Token(span, TokenKind.Word, UPos.NOUN, word.ToLowerInvariant(), word.ToLowerInvariant(), word.Length < 3, true));
                    start = -1;
                }
            }
            var document = new Document(text, [.. tokens], [new Sentence(new TextSpan(0, text.Length), 0, tokens.Count)]);
            var keyphrases = tokens.Count == 0 ? default : EquatableArray.Create(new Keyphrase(text.ToString(tokens[0].Span), 0.5, tokens[0].Span));
            return article with { Document = document, Keyphrases = keyphrases };
        }
    }

    private static RunOutcome Run(string input, CountingStage stage, string? cache, int jobs = 2) =>
        new PipelineRunner(new AnalysisPipelineBuilder().Use(stage).Build().Prepare(new PipelineOptions { Jobs = jobs, CacheDirectory = cache })).Analyze([input]);

    private static TempDir Corpus(int articles)
    {
        var dir = new TempDir();
        for (var i = 0; i < articles; i++) dir.File($"in/a{i:00}.txt", $"Title {i}\n\nThe council met on day {i} to talk about roads and schools and budgets.\n");
        return dir;
    }

    [Fact]
    public void A_warm_run_reuses_every_article_and_gives_the_same_analysis()
    {
        using var dir = Corpus(6);
        var cold = new CountingStage();
        var first = Run(dir.Combine("in"), cold, dir.Combine("cache"));
        Assert.Equal(6, cold.Calls);
        var warm = new CountingStage();
        var second = Run(dir.Combine("in"), warm, dir.Combine("cache"), jobs: 1);
        Assert.Equal(0, warm.Calls);
        Assert.Equal<ArticleAnalysis>(first.Corpus.Articles, second.Corpus.Articles); // whole analyses, value equality
        Assert.Same(second.Corpus.Articles[0].Article.Text, second.Corpus.Articles[0].Document!.Text);
    }

    [Fact]
    public void Editing_one_article_reanalyses_only_that_article()
    {
        using var dir = Corpus(6);
        Run(dir.Combine("in"), new CountingStage(), dir.Combine("cache"));
        dir.File("in/a03.txt", "Title 3\n\nAn edited body about trains.\n");
        var stage = new CountingStage();
        var outcome = Run(dir.Combine("in"), stage, dir.Combine("cache"));
        Assert.Equal(1, stage.Calls);
        Assert.Equal("an", outcome.Corpus.Articles.Single(a => a.Id == "a03").Document!.Tokens[0].Lemma);
    }

    [Fact]
    public void A_new_stage_version_or_other_options_miss_and_no_cache_means_no_files()
    {
        using var dir = Corpus(3);
        Run(dir.Combine("in"), new CountingStage("1"), dir.Combine("cache"));
        var newer = new CountingStage("2");
        Run(dir.Combine("in"), newer, dir.Combine("cache"));
        Assert.Equal(3, newer.Calls);

        var otherOptions = new CountingStage("1");
        new PipelineRunner(new AnalysisPipelineBuilder().Use(otherOptions).Build().Prepare(new PipelineOptions { CacheDirectory = dir.Combine("cache"), Tags = 3 })).Analyze([dir.Combine("in")]);
        Assert.Equal(3, otherOptions.Calls);

        Directory.Delete(dir.Combine("cache"), recursive: true);
        var uncached = new CountingStage();
        Run(dir.Combine("in"), uncached, cache: null);
        Assert.Equal(3, uncached.Calls);
        Assert.False(Directory.Exists(dir.Combine("cache")));
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("flip")]
    [InlineData("empty")]
    [InlineData("garbage-with-valid-header")]
    public void Corrupt_or_partial_entries_are_recomputed_and_rewritten(string damage)
    {
        using var dir = Corpus(4);
        var first = Run(dir.Combine("in"), new CountingStage(), dir.Combine("cache"));
        var entries = Directory.GetFiles(dir.Combine("cache"), "*.tpa", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(4, entries.Length);
        var victim = entries[1];
        var bytes = File.ReadAllBytes(victim);
        switch (damage)
        {
            case "truncate": File.WriteAllBytes(victim, bytes[..(bytes.Length / 2)]); break;
            case "flip": bytes[^3] ^= 0x5A; File.WriteAllBytes(victim, bytes); break;
            case "empty": File.WriteAllBytes(victim, []); break;
            default:
                // A well-formed header whose checksum matches a payload that is not a valid analysis.
                var payload = new byte[] { 1, 1, 0, 200, 7 };
                var header = bytes[..48];
                BitConverter.TryWriteBytes(header.AsSpan(8), (long)payload.Length);
                System.Security.Cryptography.SHA256.HashData(payload, header.AsSpan(16));
                File.WriteAllBytes(victim, [.. header, .. payload]);
                break;
        }
        var stage = new CountingStage();
        var second = Run(dir.Combine("in"), stage, dir.Combine("cache"));
        Assert.Equal(1, stage.Calls);
        Assert.Equal<ArticleAnalysis>(first.Corpus.Articles, second.Corpus.Articles); // whole analyses, value equality
        var again = new CountingStage();
        Run(dir.Combine("in"), again, dir.Combine("cache"));
        Assert.Equal(0, again.Calls);
        Assert.Empty(Directory.GetFiles(dir.Combine("cache"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Entries_are_portable_the_cache_can_move_and_be_deleted()
    {
        using var dir = Corpus(3);
        Run(dir.Combine("in"), new CountingStage(), dir.Combine("cache"));
        foreach (var file in Directory.GetFiles(dir.Combine("cache"), "*.tpa", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(dir.Path, System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal);
        }
        Directory.Move(dir.Combine("in"), dir.Combine("moved"));
        Directory.Move(dir.Combine("cache"), dir.Combine("cache2"));
        var moved = new CountingStage();
        Run(dir.Combine("moved"), moved, dir.Combine("cache2"));
        Assert.Equal(0, moved.Calls);
        Directory.Delete(dir.Combine("cache2"), recursive: true);
        var deleted = new CountingStage();
        Run(dir.Combine("moved"), deleted, dir.Combine("cache2"));
        Assert.Equal(3, deleted.Calls);
    }
}
