using TextPipeline.Ingestion;
using TextPipeline.Text;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Writes an ingested <see cref="Article"/> into cache keys: every field a stage may read. Its reader exists so the
/// round-trip tests prove the key misses no field (an article is never stored, the cache is given it back).
/// <see cref="Article.SourceMap"/> is left out: it is derived from the input bytes, which <see cref="Article.Sha256"/> covers.
/// </summary>
internal static class ArticleSerializer
{
    public static void Write(CacheWriter w, Article a)
    {
        w.String(a.Id);
        w.String(a.Path);
        w.String(a.Sha256);
        w.Int((int)a.Format);
        w.String(a.Text.ToString());
        WriteMetadata(w, a.Metadata);
        w.Spans(a.Headings);
        w.Spans(a.Paragraphs);
        w.List(a.Diagnostics, d => AnalysisSerializer.WriteDiagnostic(w, d));
    }

    public static Article Read(CacheReader r)
    {
        var id = r.String();
        var path = r.String();
        var sha256 = r.String();
        var format = CacheReader.Defined((SourceFormat)r.Int());
        var text = ArticleText.From(r.String());
        var metadata = ReadMetadata(r);
        var headings = r.SpansWithin(text.Length);
        var paragraphs = r.SpansWithin(text.Length);
        var diagnostics = r.List(() => AnalysisSerializer.ReadDiagnostic(r));
        return new Article(id, path, sha256, format, text, metadata, headings, paragraphs, diagnostics);
    }

    public static void WriteMetadata(CacheWriter w, ArticleMetadata m)
    {
        w.NullableString(m.Title);
        w.NullableString(m.Author);
        w.NullableString(m.Published);
        w.NullableString(m.Url);
        w.String(m.Language);
    }

    public static ArticleMetadata ReadMetadata(CacheReader r) =>
        new(r.NullableString(), r.NullableString(), r.NullableString(), r.NullableString(), r.String());
}
