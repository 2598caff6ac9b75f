using TextPipeline.Diagnostics;
using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Linking;
using TextPipeline.Subjects;
using TextPipeline.Summarization;
using TextPipeline.Tagging;
using TextPipeline.Text;
using TextPipeline.Topics;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Writes and reads everything stages add to an <see cref="ArticleAnalysis"/> (not the ingested article itself,
/// which the reader is given back), one method pair per type so the round-trip tests can check each type whole.
/// Spans are checked against the article text. Bump <see cref="FormatVersion"/> whenever the layout changes: old
/// entries then simply miss.
/// </summary>
internal static class AnalysisSerializer
{
    /// <summary>
    /// 2: keyphrase occurrences and noun-phrase flag, token rule, lone surrogates, bounded reads.
    /// 3: sentence and word counts, the related-links stage's per-article features.
    /// 4: subjects; keyphrase name and tag score.
    /// </summary>
    public const int FormatVersion = 5;

    public static void WriteAnalysis(CacheWriter w, ArticleAnalysis a)
    {
        DocumentSerializer.Write(w, a.Document, a.Article.Text);
        WriteCounts(w, a.Counts);
        WriteRelatedFeatures(w, a.RelatedFeatures);
        w.List(a.Entities, e => WriteEntity(w, e));
        w.List(a.Keyphrases, k => WriteKeyphrase(w, k));
        w.List(a.Topics, t => WriteTopicWeight(w, t));
        w.List(a.Subjects, s => WriteSubject(w, s));
        w.List(a.Tags, t => WriteTag(w, t));
        WriteSummary(w, a.Summary);
        w.List(a.Related, r => WriteRelated(w, r));
        w.List(a.Duplicates, w.String);
        w.NullableString(a.DuplicateOf);
        w.List(a.Diagnostics, d => WriteDiagnostic(w, d));
    }

    public static ArticleAnalysis ReadAnalysis(CacheReader r, Article article)
    {
        var textLength = article.Text.Length;
        return new ArticleAnalysis(article)
        {
            Document = DocumentSerializer.Read(r, article.Text),
            Counts = ReadCounts(r),
            RelatedFeatures = ReadRelatedFeatures(r),
            Entities = r.List(() => ReadEntity(r, textLength)),
            Keyphrases = r.List(() => ReadKeyphrase(r, textLength)),
            Topics = r.List(() => ReadTopicWeight(r)),
            Subjects = r.List(() => ReadSubject(r)),
            Tags = r.List(() => ReadTag(r)),
            Summary = ReadSummary(r, textLength),
            Related = r.List(() => ReadRelated(r)),
            Duplicates = r.List(r.String),
            DuplicateOf = r.NullableString(),
            Diagnostics = r.List(() => ReadDiagnostic(r)),
        };
    }

    public static void WriteCounts(CacheWriter w, TextCounts c)
    {
        w.Int(c.Sentences);
        w.Int(c.Words);
    }

    public static TextCounts ReadCounts(CacheReader r) => new(r.Int(), r.Int());

    public static void WriteRelatedFeatures(CacheWriter w, RelatedFeatures? f)
    {
        w.Bool(f is not null);
        if (f is null) return;
        w.List(f.Terms, t =>
        {
            w.String(t.Term);
            w.Int(t.Count);
            w.String(t.Display);
        });
    }

    public static RelatedFeatures? ReadRelatedFeatures(CacheReader r) =>
        r.Bool() ? new RelatedFeatures(r.List(() => new IndexTerm(r.String(), r.Int(), r.String()))) : null;

    public static void WriteEntity(CacheWriter w, Entity e)
    {
        w.String(e.Name);
        w.String(e.Type);
        w.NullableString(e.Id);
        w.Double(e.Salience);
        w.Spans(e.Mentions);
        w.Double(e.Confidence);
        w.Bool(e.Linked);
    }

    public static Entity ReadEntity(CacheReader r, int textLength) =>
        new(r.String(), r.String(), r.NullableString(), r.Double(), r.SpansWithin(textLength)) { Confidence = r.Double(), Linked = r.Bool() };

    public static void WriteKeyphrase(CacheWriter w, Keyphrase k)
    {
        w.String(k.Text);
        w.Double(k.Score);
        w.Span(k.Span);
        w.Int(k.Occurrences);
        w.Bool(k.IsNounPhrase);
        w.String(k.Name);
        w.Double(k.TagScore);
    }

    public static Keyphrase ReadKeyphrase(CacheReader r, int textLength) =>
        new(r.String(), r.Double(), r.SpanWithin(textLength)) { Occurrences = r.Int(), IsNounPhrase = r.Bool(), Name = r.String(), TagScore = r.Double() };

    public static void WriteSubject(CacheWriter w, Subjects.Subject s)
    {
        w.String(s.Code);
        w.String(s.Label);
        w.Double(s.Score);
    }

    public static Subjects.Subject ReadSubject(CacheReader r) => new(r.String(), r.String(), r.Double());

    public static void WriteTopicWeight(CacheWriter w, TopicWeight t)
    {
        w.Int(t.Id);
        w.String(t.Label);
        w.Double(t.Weight);
    }

    public static TopicWeight ReadTopicWeight(CacheReader r) => new(r.Int(), r.String(), r.Double());

    public static void WriteTag(CacheWriter w, Tag t)
    {
        w.String(t.Name);
        w.String(t.Kind);
        w.NullableString(t.Type);
        w.Double(t.Relevance);
        w.Double(t.Confidence);
        w.NullableString(t.Id);
    }

    public static Tag ReadTag(CacheReader r) =>
        new(r.String(), r.String(), r.NullableString(), r.Double(), r.Double(), r.NullableString());

    public static void WriteSummary(CacheWriter w, Summary s)
    {
        w.String(s.Text);
        w.Spans(s.Sentences);
    }

    public static Summary ReadSummary(CacheReader r, int textLength) => new(r.String(), r.SpansWithin(textLength));

    public static void WriteRelated(CacheWriter w, RelatedArticle related)
    {
        w.String(related.Id);
        w.Double(related.Score);
        w.List(related.Reasons, w.String);
    }

    public static RelatedArticle ReadRelated(CacheReader r) => new(r.String(), r.Double(), r.List(r.String));

    /// <summary>The descriptor is stored by id and found again in <see cref="DiagnosticCatalog"/>.</summary>
    public static void WriteDiagnostic(CacheWriter w, Diagnostic d)
    {
        w.String(d.Id);
        w.Int((int)d.Severity);
        w.String(d.Message);
        w.NullableString(d.Path);
        w.Bool(d.Position is not null);
        if (d.Position is { } p)
        {
            w.Int(p.Line);
            w.Int(p.Character);
        }
        w.NullableString(d.ArticleId);
    }

    public static Diagnostic ReadDiagnostic(CacheReader r)
    {
        var id = r.String();
        var descriptor = DiagnosticCatalog.Find(id) ?? throw CacheReader.Corrupt($"unknown diagnostic {id}");
        var severity = CacheReader.Defined((DiagnosticSeverity)r.Int());
        var message = r.String();
        var path = r.NullableString();
        LinePosition? position = r.Bool() ? new LinePosition(r.Int(), r.Int()) : null;
        return new Diagnostic(descriptor, severity, message, path, position, r.NullableString());
    }
}
