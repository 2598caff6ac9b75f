using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Pipeline.Caching;

public sealed class CorpusStageMemoTests
{
    private sealed class CountingCorpusStage : ICorpusStage, ICorpusStep
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "counting-corpus";

        public string Version => "1";

        public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public IArticleStep Standalone => new UnchangedStep("1");

        public ICorpusStep Prepare(StagePreparation preparation) => this;

        public CorpusFit Fit(CorpusAnalysis corpus, CorpusContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            var n = corpus.Articles.Length;
            return new CorpusFit(new CountStep(n))
            {
                Complete = c => c with { Topics = [new TextPipeline.Topics.TopicInfo(0, "all", n, EquatableArray.Create("x"))] },
            };
        }

        private sealed class CountStep(int n) : IArticleStep
        {
            public string Version => "1";

            public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken) =>
                article with { Duplicates = EquatableArray.Create("n" + n) };
        }
    }

    private static (RunOutcome Outcome, int Calls) Run(string input, string cache)
    {
        var stage = new CountingCorpusStage();
        var pipeline = new AnalysisPipelineBuilder().UseDefaultStages().Use(stage).Build();
        var outcome = new PipelineRunner(pipeline.Prepare(new PipelineOptions { Jobs = 2, CacheDirectory = cache })).Analyze([input]);
        return (outcome, stage.Calls);
    }

    [Fact]
    public void An_unchanged_corpus_reuses_corpus_stages_and_writes_identical_outputs()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 5; i++) dir.File($"in/a{i}.txt", $"Story {i}\n\nThe mayor of the city opened bridge number {i} over the river on Monday.\n");
        dir.File("in/copy.txt", "Story 1\n\nThe mayor of the city opened bridge number 1 over the river on Monday.\n");
        var (cold, coldCalls) = Run(dir.Combine("in"), dir.Combine("cache"));
        Assert.Equal(1, coldCalls);
        var (warm, warmCalls) = Run(dir.Combine("in"), dir.Combine("cache"));
        Assert.Equal(0, warmCalls);
        var options = new PipelineOptions();
        OutputWriter.Write(dir.Combine("cold"), cold, options);
        OutputWriter.Write(dir.Combine("warm"), warm, options);
        foreach (var name in OutputWriter.FileNames.Where(n => n != "run.json"))
        {
            Assert.Equal(File.ReadAllBytes(dir.Combine("cold/" + name)), File.ReadAllBytes(dir.Combine("warm/" + name)));
        }
        Assert.Equal("a1", warm.Corpus.Articles.Single(a => a.Id == "copy").DuplicateOf);

        dir.File("in/a4.txt", "Story 4\n\nAn edit.\n");
        var (_, editedCalls) = Run(dir.Combine("in"), dir.Combine("cache"));
        Assert.Equal(1, editedCalls);
    }
}
