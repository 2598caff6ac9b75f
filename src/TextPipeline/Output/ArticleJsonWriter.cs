using System.Text.Encodings.Web;
using System.Text.Json;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;
using TextPipeline.Text;

namespace TextPipeline.Output;

/// <summary>
/// Writes one line of <c>articles.jsonl</c> per article, fields in the contract's order, offsets into <c>text</c>,
/// scores rounded to 4 decimals. UTF-8, LF line ends.
/// </summary>
internal static class ArticleJsonWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(Stream stream, IEnumerable<ArticleAnalysis> articles)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles)
        {
            using (var writer = new Utf8JsonWriter(stream, s_options))
            {
                WriteArticle(writer, article);
            }
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>One article's record as a JSON string (the <c>articles.jsonl</c> line, or indented).</summary>
    public static string ToJson(ArticleAnalysis article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_options with { Indented = indented }))
        {
            WriteArticle(writer, article);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void WriteArticle(Utf8JsonWriter writer, ArticleAnalysis a)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(a);
        var article = a.Article;
        writer.WriteStartObject();
        writer.WriteString("id", a.Id);
        writer.WriteString("path", article.Path);
        writer.WriteString("sha256", article.Sha256);
        WriteNullable(writer, "title", article.Metadata.Title);
        WriteNullable(writer, "author", article.Metadata.Author);
        WriteNullable(writer, "published", article.Metadata.Published);
        WriteNullable(writer, "url", article.Metadata.Url);
        writer.WriteString("language", article.Metadata.Language);
        writer.WriteString("text", article.Text.ToString());
        WriteSpans(writer, "headings", article.Headings);
        WriteSpans(writer, "paragraphs", article.Paragraphs);
        writer.WriteNumber("sentenceCount", a.SentenceCount);
        writer.WriteNumber("wordCount", a.WordCount);

        writer.WriteStartObject("summary");
        writer.WriteString("text", a.Summary.Text);
        WriteSpans(writer, "sentences", a.Summary.Sentences);
        writer.WriteEndObject();

        writer.WriteStartArray("entities");
        foreach (var e in a.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("name", e.Name);
            writer.WriteString("type", e.Type);
            WriteNullable(writer, "id", e.Id);
            writer.WriteNumber("salience", Numbers.Round(e.Salience));
            writer.WriteNumber("confidence", Numbers.Round(e.Confidence));
            writer.WriteBoolean("linked", e.Linked);
            WriteSpans(writer, "mentions", e.Mentions);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("keyphrases");
        foreach (var k in a.Keyphrases)
        {
            writer.WriteStartObject();
            writer.WriteString("text", k.Text);
            writer.WriteNumber("score", Numbers.Round(k.Score));
            writer.WriteNumber("start", k.Span.Start);
            writer.WriteNumber("end", k.Span.End);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("topics");
        foreach (var t in a.Topics)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", t.Id);
            writer.WriteString("label", t.Label);
            writer.WriteNumber("weight", Numbers.Round(t.Weight));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("subjects");
        foreach (var s in a.Subjects)
        {
            writer.WriteStartObject();
            writer.WriteString("id", s.Code);
            writer.WriteString("label", s.Label);
            writer.WriteNumber("score", Numbers.Round(s.Score));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("tags");
        foreach (var t in a.Tags)
        {
            writer.WriteStartObject();
            writer.WriteString("name", t.Name);
            writer.WriteString("kind", t.Kind);
            WriteNullable(writer, "type", t.Type);
            writer.WriteNumber("relevance", Numbers.Round(t.Relevance));
            writer.WriteNumber("confidence", Numbers.Round(t.Confidence));
            WriteNullable(writer, "id", t.Id);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("related");
        foreach (var r in a.Related)
        {
            writer.WriteStartObject();
            writer.WriteString("id", r.Id);
            writer.WriteNumber("score", Numbers.Round(r.Score));
            writer.WriteStartArray("reasons");
            foreach (var reason in r.Reasons) writer.WriteStringValue(reason);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("duplicates");
        foreach (var d in a.Duplicates) writer.WriteStringValue(d);
        writer.WriteEndArray();
        WriteNullable(writer, "duplicateOf", a.DuplicateOf);

        writer.WriteStartArray("diagnostics");
        foreach (var d in a.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", d.Id);
            writer.WriteString("severity", d.Severity.ToText());
            writer.WriteString("message", d.Message);
            writer.WriteNumber("line", d.Line);
            writer.WriteNumber("column", d.Column);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteSpans(Utf8JsonWriter writer, string name, EquatableArray<TextSpan> spans)
    {
        writer.WriteStartArray(name);
        foreach (var span in spans)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
