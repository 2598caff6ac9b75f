using System.Collections;
using CsCheck;
using TextPipeline.Pipeline;
using TextPipeline.Pipeline.Caching;

namespace TextPipeline.Tests.Pipeline.Caching;

/// <summary>
/// <c>Read(Write(x)) == x</c> with the types' own value equality (records, <see cref="EquatableArray{T}"/>,
/// <see cref="TextPipeline.Tokenization.Document"/>), for every type the cache stores or keys on, and every byte read.
/// </summary>
public sealed class SerializerRoundTripTests
{
    private const int Iterations = 400;

    private static T RoundTrip<T>(T value, Action<CacheWriter, T> write, Func<CacheReader, T> read)
    {
        var writer = new CacheWriter();
        write(writer, value);
        var reader = new CacheReader(writer.Written.ToArray());
        var back = read(reader);
        Assert.Equal(0, reader.Remaining);
        return back;
    }

    private static void AssertRoundTrips<T>(Gen<T> gen, Action<CacheWriter, T> write, Func<CacheReader, T> read) =>
        gen.Sample(x => Assert.Equal(x, RoundTrip(x, write, read)), iter: Iterations);

    [Fact]
    public void Strings_including_lone_surrogates_and_repeats_round_trip() =>
        CacheGenerators.Text.Array[0, 6].Sample(strings =>
        {
            var back = RoundTrip(strings, (w, xs) => { foreach (var s in xs) w.String(s); }, r => [.. strings.Select(_ => r.String())]);
            Assert.Equal(strings, back); // ordinal, so "\uD800" is not "\uFFFD"
        }, iter: Iterations);

    [Fact]
    public void Numbers_round_trip_bit_for_bit() =>
        Gen.Select(CacheGenerators.AnyInt, CacheGenerators.AnyDouble).Sample((i, d) =>
        {
            var (i2, d2) = RoundTrip((i, d), (w, x) => { w.Int(x.Item1); w.Double(x.Item2); }, r => (r.Int(), r.Double()));
            Assert.Equal(i, i2);
            Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(d2));
        }, iter: Iterations);

    [Fact]
    public void Diagnostics_round_trip() =>
        AssertRoundTrips(CacheGenerators.Diagnostic, AnalysisSerializer.WriteDiagnostic, AnalysisSerializer.ReadDiagnostic);

    [Fact]
    public void Topic_weights_tags_and_related_articles_round_trip()
    {
        AssertRoundTrips(CacheGenerators.TopicWeight, AnalysisSerializer.WriteTopicWeight, AnalysisSerializer.ReadTopicWeight);
        AssertRoundTrips(CacheGenerators.Tag, AnalysisSerializer.WriteTag, AnalysisSerializer.ReadTag);
        AssertRoundTrips(CacheGenerators.Related, AnalysisSerializer.WriteRelated, AnalysisSerializer.ReadRelated);
    }

    [Fact]
    public void Topic_infos_and_model_infos_round_trip()
    {
        AssertRoundTrips(CacheGenerators.TopicInfo, CorpusSerializer.WriteTopicInfo, CorpusSerializer.ReadTopicInfo);
        AssertRoundTrips(CacheGenerators.ModelInfo, CorpusSerializer.WriteModelInfo, CorpusSerializer.ReadModelInfo);
    }

    [Fact]
    public void Entities_keyphrases_and_summaries_round_trip_within_their_text() =>
        Gen.Int[0, 200].SelectMany(n => Gen.Select(CacheGenerators.Entity(n), CacheGenerators.Keyphrase(n), CacheGenerators.Spans(n), (e, k, s) => (n, e, k, s)))
            .Sample(x =>
            {
                Assert.Equal(x.e, RoundTrip(x.e, AnalysisSerializer.WriteEntity, r => AnalysisSerializer.ReadEntity(r, x.n)));
                Assert.Equal(x.k, RoundTrip(x.k, AnalysisSerializer.WriteKeyphrase, r => AnalysisSerializer.ReadKeyphrase(r, x.n)));
                var summary = new TextPipeline.Summarization.Summary("s", x.s);
                Assert.Equal(summary, RoundTrip(summary, AnalysisSerializer.WriteSummary, r => AnalysisSerializer.ReadSummary(r, x.n)));
            }, iter: Iterations);

    [Fact]
    public void Documents_round_trip_over_the_article_text_or_their_own() =>
        CacheGenerators.Article.SelectMany(a => CacheGenerators.DocumentOver(a.Text).Select(d => (a, d))).Sample(x =>
        {
            var back = RoundTrip(x.d, (w, d) => DocumentSerializer.Write(w, d, x.a.Text), r => DocumentSerializer.Read(r, x.a.Text));
            Assert.Equal(x.d, back);
        }, iter: Iterations);

    [Fact]
    public void Articles_round_trip_so_cache_keys_cover_every_field() =>
        AssertRoundTrips(CacheGenerators.Article, ArticleSerializer.Write, ArticleSerializer.Read);

    [Fact]
    public void Article_metadata_round_trips() =>
        AssertRoundTrips(CacheGenerators.Metadata, ArticleSerializer.WriteMetadata, ArticleSerializer.ReadMetadata);

    [Fact]
    public void Whole_analyses_round_trip() =>
        CacheGenerators.Analysis.Sample(a => Assert.Equal(a, RoundTrip(a, AnalysisSerializer.WriteAnalysis, r => AnalysisSerializer.ReadAnalysis(r, a.Article))), iter: Iterations);

    /// <summary>
    /// Read back over an input that has only the articles and their documents, so every other field must come from the
    /// entry. <see cref="CorpusAnalysis"/> holds <see cref="System.Collections.Immutable.ImmutableArray{T}"/>s, which
    /// compare by reference, so its properties are compared one by one, all of them.
    /// </summary>
    [Fact]
    public void Corpus_stage_results_round_trip() =>
        CacheGenerators.Corpus.Sample(output =>
        {
            var input = new CorpusAnalysis([.. output.Articles.Select(a => new ArticleAnalysis(a.Article) { Document = a.Document })]);
            var back = RoundTrip(output, CorpusSerializer.WriteStageResult, r => CorpusSerializer.ReadStageResult(r, input)!);
            AssertSameProperties(output, back);
        }, iter: Iterations / 4);

    internal static void AssertSameProperties<T>(T expected, T actual)
    {
        foreach (var property in typeof(T).GetProperties())
        {
            var (e, a) = (property.GetValue(expected), property.GetValue(actual));
            if (e is IEnumerable items && e is not string) Assert.Equal(items.Cast<object?>(), ((IEnumerable)a!).Cast<object?>());
            else Assert.Equal(e, a);
        }
    }
}
