using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Linking;
using TextPipeline.Summarization;
using TextPipeline.Tagging;
using TextPipeline.Text;
using TextPipeline.Tokenization;
using TextPipeline.Topics;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Writes and reads everything stages add to an <see cref="ArticleAnalysis"/> (not the ingested article itself,
/// which the reader is given back). Bump <see cref="FormatVersion"/> whenever the layout changes: old entries then
/// simply miss.
/// </summary>
internal static class AnalysisSerializer
{
    public const int FormatVersion = 2;

    public static void WriteAnalysis(CacheWriter w, ArticleAnalysis a)
    {
        WriteDocument(w, a.Document, a.Article.Text);
        w.List(a.Entities, e =>
        {
            w.String(e.Name);
            w.String(e.Type);
            w.NullableString(e.Id);
            w.Double(e.Salience);
            w.Spans(e.Mentions);
            w.Double(e.Confidence);
            w.Bool(e.Linked);
        });
        w.List(a.Keyphrases, k =>
        {
            w.String(k.Text);
            w.Double(k.Score);
            w.Span(k.Span);
        });
        w.List(a.Topics, t =>
        {
            w.Int(t.Id);
            w.String(t.Label);
            w.Double(t.Weight);
        });
        w.List(a.Tags, t =>
        {
            w.String(t.Name);
            w.String(t.Kind);
            w.NullableString(t.Type);
            w.Double(t.Relevance);
            w.Double(t.Confidence);
            w.NullableString(t.Id);
        });
        w.String(a.Summary.Text);
        w.Spans(a.Summary.Sentences);
        w.List(a.Related, r =>
        {
            w.String(r.Id);
            w.Double(r.Score);
            w.List(r.Reasons, w.String);
        });
        w.List(a.Duplicates, w.String);
        w.NullableString(a.DuplicateOf);
        w.List(a.Diagnostics, d => WriteDiagnostic(w, d));
    }

    public static ArticleAnalysis ReadAnalysis(CacheReader r, Article article)
    {
        var document = ReadDocument(r, article.Text);
        var entities = r.List(() => new Entity(r.String(), r.String(), r.NullableString(), r.Double(), r.Spans()) { Confidence = r.Double(), Linked = r.Bool() });
        var keyphrases = r.List(() => new Keyphrase(r.String(), r.Double(), r.Span()));
        var topics = r.List(() => new TopicWeight(r.Int(), r.String(), r.Double()));
        var tags = r.List(() => new Tag(r.String(), r.String(), r.NullableString(), r.Double(), r.Double(), r.NullableString()));
        var summary = new Summary(r.String(), r.Spans());
        var related = r.List(() => new RelatedArticle(r.String(), r.Double(), r.List(r.String)));
        var duplicates = r.List(r.String);
        var duplicateOf = r.NullableString();
        var diagnostics = r.List(() => ReadDiagnostic(r));
        return new ArticleAnalysis(article)
        {
            Document = document,
            Entities = entities,
            Keyphrases = keyphrases,
            Topics = topics,
            Tags = tags,
            Summary = summary,
            Related = related,
            Duplicates = duplicates,
            DuplicateOf = duplicateOf,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>The ingested article, for cache keys: every field a stage may read.</summary>
    public static void WriteArticle(CacheWriter w, Article a)
    {
        w.String(a.Id);
        w.String(a.Path);
        w.String(a.Sha256);
        w.Int((int)a.Format);
        w.String(a.Text.ToString());
        w.NullableString(a.Metadata.Title);
        w.NullableString(a.Metadata.Author);
        w.NullableString(a.Metadata.Published);
        w.NullableString(a.Metadata.Url);
        w.String(a.Metadata.Language);
        w.Spans(a.Headings);
        w.Spans(a.Paragraphs);
    }

    private static void WriteDocument(CacheWriter w, Document? document, ArticleText articleText)
    {
        w.Bool(document is not null);
        if (document is null) return;
        // The document is almost always over the article's own text; store the text only when it is not.
        var ownText = document.Text.Equals(articleText);
        w.Bool(ownText);
        if (!ownText) w.String(document.Text.ToString());
        w.Int(document.Tokens.Length);
        foreach (var t in document.Tokens)
        {
            w.Span(t.Span);
            w.Byte((byte)t.Kind);
            w.Byte((byte)t.Pos);
            w.String(t.Lemma);
            w.String(t.Norm);
            w.Byte((byte)((t.IsStop ? 1 : 0) | (t.SpaceAfter ? 2 : 0)));
        }
        w.Int(document.Sentences.Length);
        foreach (var s in document.Sentences)
        {
            w.Span(s.Span);
            w.Int(s.FirstToken);
            w.Int(s.TokenCount);
        }
    }

    private static Document? ReadDocument(CacheReader r, ArticleText articleText)
    {
        if (!r.Bool()) return null;
        var text = r.Bool() ? articleText : ArticleText.From(r.String());
        var tokenCount = r.Int();
        var tokens = ImmutableArray.CreateBuilder<Token>(tokenCount);
        for (var i = 0; i < tokenCount; i++)
        {
            var span = r.Span();
            var kind = (TokenKind)r.Byte();
            var pos = (UPos)r.Byte();
            var lemma = r.String();
            var norm = r.String();
            var flags = r.Byte();
            if (span.End > text.Length) throw new InvalidDataException("Token outside the text in cache entry.");
            tokens.Add(new Token(span, kind, pos, lemma, norm, (flags & 1) != 0, (flags & 2) != 0));
        }
        var sentenceCount = r.Int();
        var sentences = ImmutableArray.CreateBuilder<Sentence>(sentenceCount);
        for (var i = 0; i < sentenceCount; i++) sentences.Add(new Sentence(r.Span(), r.Int(), r.Int()));
        return new Document(text, tokens.MoveToImmutable(), sentences.MoveToImmutable());
    }

    internal static void WriteDiagnostic(CacheWriter w, Diagnostic d)
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

    internal static Diagnostic ReadDiagnostic(CacheReader r)
    {
        var id = r.String();
        var descriptor = DiagnosticCatalog.Find(id) ?? throw new InvalidDataException($"Unknown diagnostic {id} in cache entry.");
        var severity = (DiagnosticSeverity)r.Int();
        var message = r.String();
        var path = r.NullableString();
        LinePosition? position = r.Bool() ? new LinePosition(r.Int(), r.Int()) : null;
        return new Diagnostic(descriptor, severity, message, path, position, r.NullableString());
    }
}
