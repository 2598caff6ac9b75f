using System.Reflection;
using TextPipeline.Pipeline;
using TextPipeline.Pipeline.Caching;
using TextPipeline.Sharding;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Sharding;

public sealed class PartialFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    private (string Path, PartialHeader Header) WriteSamplesShard(int index = 0, int count = 2, PipelineOptions? options = null)
    {
        var pipeline = AnalysisPipeline.Default.Prepare(options ?? new PipelineOptions { Jobs = 2 }, TestModels.Store);
        return new ShardRunner(pipeline).Run([SharedData.InRepo("data", "samples")], new ShardSpec(index, count), _dir.Combine("parts"));
    }

    [Fact]
    public void A_partial_reads_back_every_article_whole_with_its_source_map_and_its_header()
    {
        var pipeline = AnalysisPipeline.Default.Prepare(new PipelineOptions { Jobs = 2 }, TestModels.Store);
        var ingest = new TextPipeline.Ingestion.Ingestor().IngestShard([SharedData.InRepo("data", "samples")], new ParallelOptions(), new ShardSpec(0, 1).Owns);
        var analysed = pipeline.AnalyzePrefix(ingest.Own.Articles, new CorpusContext(2), out _, out _).Articles;
        var (path, header) = WriteSamplesShard(0, 1);

        var (readHeader, articles) = PartialFile.Read(path);
        Assert.Equal(analysed.ToArray(), articles.ToArray());
        Assert.All(articles, a => Assert.NotNull(a.Document));
        // Source maps are not part of article equality: compare what they map.
        for (var i = 0; i < articles.Length; i++)
        {
            var (expected, actual) = (analysed[i].Article, articles[i].Article);
            Assert.Equal(expected.SourceMap is null, actual.SourceMap is null);
            if (expected.SourceMap is null) continue;
            for (var p = 0; p <= expected.Text.Length; p += 7) Assert.Equal(expected.SourceMap.Map(p), actual.SourceMap!.Map(p));
        }
        Assert.Equal((header.ToolVersion, header.Build, header.Contract, header.Shard, header.OptionsFingerprint, header.ListingSha256, header.TotalArticles, header.Files, header.Articles),
            (readHeader.ToolVersion, readHeader.Build, readHeader.Contract, readHeader.Shard, readHeader.OptionsFingerprint, readHeader.ListingSha256, readHeader.TotalArticles, readHeader.Files, readHeader.Articles));
        Assert.Equal(header.Options with { Jobs = 1 }, readHeader.Options);
        Assert.Equal(header.Models.ToArray(), readHeader.Models.ToArray());
        Assert.Equal(header.Prefix, readHeader.Prefix);
        Assert.Equal(header.IngestDiagnostics.ToArray(), readHeader.IngestDiagnostics.ToArray());
        Assert.Equal(header.DisplayPaths.OrderBy(p => p.Key), readHeader.DisplayPaths.OrderBy(p => p.Key));
        Assert.Equal(header.Figures with { StageSeconds = [] }, readHeader.Figures with { StageSeconds = [] });
        Assert.Equal(header.Figures.StageSeconds.ToArray(), readHeader.Figures.StageSeconds.ToArray());
    }

    [Fact]
    public void Every_option_but_jobs_cache_and_state_travels_in_the_partial()
    {
        var options = new PipelineOptions
        {
            TopicsModelPath = "/m/topics.bin", Topics = 12, SummarySentences = 4, SummaryRatio = 0.25, SummaryChars = 300, Tags = 7, Related = 9,
            VocabularyPath = "/v.csv", TagsFrom = TextPipeline.Tagging.TagSource.EntitiesAndSubjects, MinTagRelevance = 0.3, MaxEntityTags = 2, MaxKeyphraseTags = 3,
            MaxSubjectTags = 1, MinKeyphraseTagScore = 0.45, GazetteerPath = "/g.csv", Seed = 42, Retrain = true, ModelsDirectory = "/models", MaxFileBytes = 1234567,
            Jobs = 3, CacheDirectory = "/c", StateDirectory = "/s",
        };
        var writer = new CacheWriter();
        PartialFile.WriteOptions(writer, options);
        var read = PartialFile.ReadOptions(new CacheReader(writer.Written.ToArray()));
        Assert.Equal(options with { Jobs = 1, CacheDirectory = null, StateDirectory = null }, read);
        // A new option must be added to the partial (or to this list, when it is the run's own business like --jobs).
        var known = new[]
        {
            "TopicsModelPath", "Topics", "SummarySentences", "SummaryRatio", "SummaryChars", "Tags", "Related", "VocabularyPath", "TagsFrom",
            "MinTagRelevance", "MaxEntityTags", "MaxKeyphraseTags", "MaxSubjectTags", "MinKeyphraseTagScore", "GazetteerPath",
            "Seed", "Retrain", "ModelsDirectory", "MaxFileBytes", "Jobs", "CacheDirectory", "StateDirectory",
        };
        Assert.Equal(known.Order(StringComparer.Ordinal), typeof(PipelineOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_damaged_truncated_or_foreign_file_is_refused_with_its_reason()
    {
        var (path, _) = WriteSamplesShard();
        var bytes = File.ReadAllBytes(path);

        var flipped = (byte[])bytes.Clone();
        flipped[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(_dir.Combine("flipped.tpp"), flipped);
        Assert.Throws<PartialFileException>(() => PartialFile.Read(_dir.Combine("flipped.tpp")));

        File.WriteAllBytes(_dir.Combine("short.tpp"), bytes[..(bytes.Length - 40)]);
        Assert.Contains("damaged", Assert.Throws<PartialFileException>(() => PartialFile.Read(_dir.Combine("short.tpp"))).Message, StringComparison.Ordinal);

        File.WriteAllBytes(_dir.Combine("long.tpp"), [.. bytes, 0]);
        Assert.Throws<PartialFileException>(() => PartialFile.Read(_dir.Combine("long.tpp")));

        File.WriteAllText(_dir.Combine("text.tpp"), "hello, not a partial");
        Assert.Contains("not a shard partial", Assert.Throws<PartialFileException>(() => PartialFile.ReadHeader(_dir.Combine("text.tpp"))).Message, StringComparison.Ordinal);

        var otherFormat = (byte[])bytes.Clone();
        otherFormat[4] = 99;
        File.WriteAllBytes(_dir.Combine("format.tpp"), otherFormat);
        Assert.Contains("format 99", Assert.Throws<PartialFileException>(() => PartialFile.ReadHeader(_dir.Combine("format.tpp"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewritten_shard_replaces_its_partial_and_leaves_no_temporary_file()
    {
        WriteSamplesShard(1, 2);
        WriteSamplesShard(1, 2);
        Assert.Equal(["part-00001-of-00002.tpp"], Directory.GetFiles(_dir.Combine("parts"), "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    public void Dispose() => _dir.Dispose();
}
