using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextPipeline.Tokenization;

/// <summary>
/// <c>annotate --from text --to json</c>: sentences and tokens with offsets, kind, UPOS, lemma, norm, shape, stop-word
/// flag and the tokenizer rule that made each token (the <c>explain</c> view), then the entities found (as in
/// <c>articles.jsonl</c>: name, type, id, salience, mentions).
/// </summary>
internal static class DocumentJsonWriter
{
    public static void Write(Stream output, Document document, IReadOnlyList<Entities.Entity>? entities = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("start", sentence.Span.Start);
            json.WriteNumber("end", sentence.Span.End);
            json.WriteString("text", document.Text.AsSpan(sentence.Span));
            json.WriteStartArray("tokens");
            foreach (var t in document.TokensOf(sentence))
            {
                var text = document.TextOf(t);
                json.WriteStartObject();
                json.WriteString("text", text);
                json.WriteNumber("start", t.Span.Start);
                json.WriteNumber("end", t.Span.End);
                json.WriteString("kind", t.Kind.ToString().ToLowerInvariant());
                json.WriteString("rule", t.Rule.ToString().ToLowerInvariant());
                json.WriteString("upos", t.Pos.ToString());
                json.WriteString("lemma", t.Lemma);
                json.WriteString("norm", t.Norm);
                json.WriteString("shape", Token.ShapeOf(text));
                json.WriteBoolean("is_stop", t.IsStop);
                json.WriteBoolean("space_after", t.SpaceAfter);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("entities");
        foreach (var entity in entities ?? [])
        {
            json.WriteStartObject();
            json.WriteString("name", entity.Name);
            json.WriteString("type", entity.Type);
            if (entity.Id is null) json.WriteNull("id");
            else json.WriteString("id", entity.Id);
            json.WriteNumber("salience", Math.Round(entity.Salience, 4));
            json.WriteStartArray("mentions");
            foreach (var m in entity.Mentions)
            {
                json.WriteStartObject();
                json.WriteNumber("start", m.Start);
                json.WriteNumber("end", m.End);
                json.WriteString("text", document.Text.AsSpan(m));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
