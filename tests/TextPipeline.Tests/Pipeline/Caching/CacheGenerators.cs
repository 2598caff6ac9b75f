using System.Collections.Immutable;
using CsCheck;
using TextPipeline.Diagnostics;
using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Linking;
using TextPipeline.Pipeline;
using TextPipeline.Summarization;
using TextPipeline.Tagging;
using TextPipeline.Text;
using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Rules;
using TextPipeline.Topics;

namespace TextPipeline.Tests.Pipeline.Caching;

/// <summary>
/// CsCheck generators for every type the cache stores or keys on: nulls, empty lists, Unicode including lone
/// surrogates and NULs, repeated strings (the string table), extreme and special numbers. Spans and token ranges stay
/// inside their text, as the reader requires. <see cref="CacheGeneratorCoverageTests"/> checks every field varies.
/// </summary>
internal static class CacheGenerators
{
    private static readonly string[] s_special =
        ["", " ", "\uD800", "a\uDC00b", "\uDBFF", "😀 emoji", "\0nul\0", "Zürich – “quoted”", "\uFEFFbom", "ß\u0301", "line\r\nbreak", "ﷺ"];

    /// <summary>Arbitrary UTF-16 (lone surrogates included), a small pool that repeats, and hand-picked edge cases.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (3, (IGen<string>)Gen.String),
        (2, Gen.Char['a', 'e'].Array[0, 3].Select(c => new string(c))),
        (2, Pick(s_special)),
        (1, Gen.Char.Array[0, 300].Select(c => new string(c))));

    public static readonly Gen<string?> NullableText = Text.Null(0.25);

    public static readonly Gen<int> AnyInt = Gen.Frequency(
        (3, (IGen<int>)Gen.Int),
        (1, Pick(0, 1, -1, int.MaxValue, int.MinValue, 127, 128, -64, -65)));

    public static readonly Gen<double> AnyDouble = Gen.Frequency(
        (3, (IGen<double>)Gen.Double),
        (1, Pick(0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue, double.MinValue, 1e-310, 0.1)));

    public static readonly Gen<DiagnosticDescriptor> Descriptor = Pick([.. DiagnosticCatalog.All]);

    public static readonly Gen<Diagnostic> Diagnostic =
        Gen.Select(Descriptor, Gen.Enum<DiagnosticSeverity>(), Text, NullableText, Gen.Select(AnyInt, AnyInt, (l, c) => new LinePosition(l, c)).Nullable(0.3), NullableText)
            .Select((d, s, m, p, pos, id) => new Diagnostic(d, s, m, p, pos, id));

    public static readonly Gen<TopicWeight> TopicWeight = Gen.Select(AnyInt, Text, AnyDouble, (i, l, w) => new TopicWeight(i, l, w));

    public static readonly Gen<Tag> Tag = Gen.Select(Text, Text, NullableText, AnyDouble, AnyDouble, NullableText)
        .Select((n, k, t, r, c, id) => new Tag(n, k, t, r, c, id));

    public static readonly Gen<RelatedArticle> Related = Gen.Select(Text, AnyDouble, List(Text), (id, s, r) => new RelatedArticle(id, s, r));

    public static readonly Gen<TopicInfo> TopicInfo = Gen.Select(AnyInt, Text, AnyInt, List(Text), (i, l, s, t) => new TopicInfo(i, l, s, t));

    public static readonly Gen<ModelInfo> ModelInfo = Gen.Select(Text, Text, Text, NullableText, (n, v, h, p) => new ModelInfo(n, v, h, p));

    public static readonly Gen<ArticleMetadata> Metadata = Gen.Select(NullableText, NullableText, NullableText, NullableText, Text)
        .Select((t, a, p, u, l) => new ArticleMetadata(t, a, p, u, l));

    public static readonly Gen<Article> Article =
        from text in Text
        from id in Text
        from path in Text
        from sha in Text
        from format in Gen.Enum<SourceFormat>()
        from metadata in Metadata
        from headings in Spans(text.Length)
        from paragraphs in Spans(text.Length)
        from diagnostics in List(Diagnostic)
        select new Article(id, path, sha, format, ArticleText.From(text), metadata, headings, paragraphs, diagnostics);

    /// <summary>Whole analyses: every stage's results over a generated article, the document sometimes absent or over other text.</summary>
    public static readonly Gen<ArticleAnalysis> Analysis = Article.SelectMany(AnalysisOf);

    /// <summary>A corpus stage's output: analyses, topics, corpus diagnostics and models.</summary>
    public static readonly Gen<CorpusAnalysis> Corpus =
        from articles in Analysis.Array[0, 4]
        from topics in TopicInfo.Array[0, 3]
        from diagnostics in Diagnostic.Array[0, 3]
        from models in ModelInfo.Array[0, 3]
        select new CorpusAnalysis([.. articles]) { Topics = [.. topics], Diagnostics = [.. diagnostics], Models = [.. models] };

    public static Gen<ArticleAnalysis> AnalysisOf(Article article)
    {
        var length = article.Text.Length;
        return
            from document in Gen.Frequency(
                (1, (IGen<Document?>)Gen.Const((Document?)null)),
                (3, DocumentOver(article.Text)),
                (1, Text.SelectMany(other => DocumentOver(ArticleText.From(other)))))
            from entities in List(Entity(length))
            from keyphrases in List(Keyphrase(length))
            from topics in List(TopicWeight)
            from subjects in List(Subject)
            from tags in List(Tag)
            from summary in Gen.Select(Text, Spans(length), (t, s) => new Summary(t, s))
            from related in List(Related)
            from duplicates in List(Text)
            from duplicateOf in NullableText
            from diagnostics in List(Diagnostic)
            from counts in Gen.Select(AnyInt, AnyInt, (s, w) => new TextCounts(s, w))
            from features in Gen.Select(Text, AnyInt, Text, (t, c, d) => new IndexTerm(t, c, d)).Array[0, 4]
                .Select(terms => new RelatedFeatures(terms.ToEquatableArray())).Null(0.3)
            select new ArticleAnalysis(article)
            {
                Document = document,
                Counts = counts,
                RelatedFeatures = features,
                Entities = entities,
                Keyphrases = keyphrases,
                Topics = topics,
                Subjects = subjects,
                Tags = tags,
                Summary = summary,
                Related = related,
                Duplicates = duplicates,
                DuplicateOf = duplicateOf,
                Diagnostics = diagnostics,
            };
    }

    public static Gen<Document?> DocumentOver(ArticleText text) =>
        from tokens in Token(text.Length).Array[0, 12]
        from sentences in Sentence(text.Length, tokens.Length).Array[0, 4]
        select (Document?)new Document(text, [.. tokens], [.. sentences]);

    public static Gen<Token> Token(int textLength) =>
        Gen.Select(Span(textLength), Gen.Enum<TokenKind>(), Gen.Enum<UPos>(), Text, Text, Gen.Bool, Gen.Bool, Gen.Enum<TokenRule>())
            .Select((s, k, p, lemma, norm, stop, space, rule) => new Token(s, k, p, lemma, norm, stop, space) { Rule = rule });

    public static Gen<Sentence> Sentence(int textLength, int tokenCount) =>
        from span in Span(textLength)
        from first in Gen.Int[0, tokenCount]
        from count in Gen.Int[0, tokenCount - first]
        select new Sentence(span, first, count);

    public static Gen<Entity> Entity(int textLength) => Gen.Select(Text, Text, NullableText, AnyDouble, Spans(textLength), AnyDouble, Gen.Bool)
        .Select((n, t, id, s, m, c, linked) => new Entity(n, t, id, s, m) { Confidence = c, Linked = linked });

    public static Gen<Keyphrase> Keyphrase(int textLength) => Gen.Select(Text, AnyDouble, Span(textLength), AnyInt, Gen.Bool, Text, AnyDouble)
        .Select((t, s, span, n, noun, name, tag) => new Keyphrase(t, s, span) { Occurrences = n, IsNounPhrase = noun, Name = name, TagScore = tag });

    public static readonly Gen<TextPipeline.Subjects.Subject> Subject = Gen.Select(Text, Text, AnyDouble, (c, l, s) => new TextPipeline.Subjects.Subject(c, l, s));

    public static Gen<TextSpan> Span(int textLength) =>
        from start in Gen.Int[0, textLength]
        from length in Gen.Int[0, textLength - start]
        select new TextSpan(start, length);

    public static Gen<EquatableArray<TextSpan>> Spans(int textLength) => List(Span(textLength));

    /// <summary>Empty a third of the time, else up to five items.</summary>
    public static Gen<EquatableArray<T>> List<T>(Gen<T> item) => Gen.Frequency(
        (1, (IGen<EquatableArray<T>>)Gen.Const(EquatableArray<T>.Empty)),
        (2, item.Array[1, 5].Select(items => new EquatableArray<T>(ImmutableArray.Create(items)))));

    private static Gen<T> Pick<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);
}
