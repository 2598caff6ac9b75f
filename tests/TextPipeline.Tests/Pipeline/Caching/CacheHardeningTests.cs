using System.Buffers.Binary;
using System.Security.Cryptography;
using CsCheck;
using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Pipeline.Caching;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Pipeline.Caching;

/// <summary>
/// A checksum proves only that an entry is the file that was written, not that our writer wrote it (issue 17: a
/// crafted entry with a count of 2^31 crashed every later run). Entries with a valid header and checksum but absurd
/// counts and lengths must be misses: no exception, no huge allocation, and the run's outputs unchanged.
/// </summary>
public sealed class CacheHardeningTests
{
    /// <summary>Payloads in the analysis layout (document flag, own-text flag, tokens…) that lie about sizes.</summary>
    public static TheoryData<string, byte[]> AbsurdAnalyses => new()
    {
        { "token count 2^31-1", [1, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x07] },
        { "token count 2^31", [1, 1, 0x80, 0x80, 0x80, 0x80, 0x08] },
        { "entity count 2^31-1, no document", [0, 0xFF, 0xFF, 0xFF, 0xFF, 0x07] },
        { "UTF-8 string of 2^30 bytes", [1, 0, 0, 0xFE, 0xFF, 0xFF, 0xFF, 0x07] },
        { "UTF-16 string of 2^30 chars", [1, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x07] },
        { "negative string length", [1, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F] },
        { "string longer than the entry", [1, 0, 0, 40, (byte)'a', (byte)'b'] },
        { "integer of more than five bytes", [0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01] },
        { "token outside the text", [1, 1, 1, 0, 0xE8, 0x07, 0, 0, 0, 0, 0, 0, 0] },
        { "sentence past the tokens", [1, 1, 0, 1, 0, 0, 5, 1] },
        { "truncated after the flags", [1, 1] },
        { "empty payload", [] },
    };

    [Theory]
    [MemberData(nameof(AbsurdAnalyses))]
    public void An_article_entry_with_a_valid_checksum_and_absurd_sizes_is_a_miss(string what, byte[] payload)
    {
        using var dir = new TempDir();
        var cache = new ArticleCache(dir.Combine("cache"), "salt");
        var analysis = CacheGenerators.Analysis.Single(a => a.Article.Text.Length is > 0 and < 200, seed: "0000000000001");
        var key = cache.KeyFor(analysis);
        cache.Store(key, analysis);
        Assert.True(cache.TryLoad(key, analysis.Article, out var stored));
        Assert.Equal(analysis, stored);

        var entry = Assert.Single(Directory.GetFiles(dir.Combine("cache"), "*.tpa", SearchOption.AllDirectories));
        Reframe(entry, payload);
        Assert.False(cache.TryLoad(key, analysis.Article, out _), what);
        Assert.Equal(1, cache.Misses);
    }

    /// <summary>Arbitrary bytes, and real entries with one byte changed, cut short or given an absurd varint: success or a miss, never another exception.</summary>
    [Fact]
    public void Any_payload_reads_or_is_rejected_as_corrupt()
    {
        var mutated =
            from analysis in CacheGenerators.Analysis
            let bytes = Written(analysis)
            from position in Gen.Int[0, bytes.Length]
            from change in Gen.Int[0, 2]
            from b in Gen.Byte
            select (analysis.Article, Mutate(bytes, position, change, b));
        var random = Gen.Select(CacheGenerators.Article, Gen.Byte.Array[0, 64]);
        Gen.OneOf(mutated, random).Sample((article, payload) =>
        {
            try
            {
                AnalysisSerializer.ReadAnalysis(new CacheReader(payload), article);
            }
            catch (InvalidDataException)
            {
            }
        }, iter: 3000);
    }

    [Fact]
    public void Corpus_stage_entries_with_absurd_sizes_are_misses_and_outputs_stay_the_same()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 4; i++) dir.File($"in/a{i}.txt", $"Story {i}\n\nThe mayor of the city opened bridge number {i} over the river on Monday.\n");
        var options = new PipelineOptions { Jobs = 2, CacheDirectory = dir.Combine("cache") };
        var clean = PipelineHarness.Run(dir.Combine("in"), dir.Combine("clean"), options);
        var memos = Directory.GetFiles(dir.Combine("cache/corpus"), "*.tpc");
        Assert.NotEmpty(memos);
        // The right article count, then a first analysis whose token count is 2^31-1; a topic list of 2^31-1 after that.
        foreach (var memo in memos) Reframe(memo, [4, 1, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x07]);
        PipelineHarness.Run(dir.Combine("in"), dir.Combine("again"), options);
        foreach (var name in OutputWriter.FileNames.Where(n => n != "run.json"))
        {
            Assert.Equal(File.ReadAllBytes(dir.Combine("clean/" + name)), File.ReadAllBytes(dir.Combine("again/" + name)));
        }
        Assert.Equal(4, clean.Corpus.Articles.Length);
    }

    /// <summary>Keeps the file's magic and format version, puts in <paramref name="payload"/> with its true length and SHA-256.</summary>
    private static void Reframe(string path, byte[] payload)
    {
        var header = File.ReadAllBytes(path)[..48];
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), payload.Length);
        SHA256.HashData(payload, header.AsSpan(16));
        File.WriteAllBytes(path, [.. header, .. payload]);
    }

    private static byte[] Written(ArticleAnalysis analysis)
    {
        var writer = new CacheWriter();
        AnalysisSerializer.WriteAnalysis(writer, analysis);
        return writer.Written.ToArray();
    }

    private static byte[] Mutate(byte[] bytes, int position, int change, byte value) => change switch
    {
        0 when position < bytes.Length => [.. bytes[..position], (byte)(bytes[position] ^ (value | 1)), .. bytes[(position + 1)..]],
        1 => bytes[..position],
        _ => [.. bytes[..position], 0xFF, 0xFF, 0xFF, 0xFF, 0x07, .. bytes[position..]],
    };
}
