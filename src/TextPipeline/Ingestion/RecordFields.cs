namespace TextPipeline.Ingestion;

/// <summary>
/// The fields recognised in JSON/JSONL/CSV records and feed items (case-insensitive names). <see cref="BodyIsHtml"/>
/// is true when the body came from a field that always holds HTML (JSON Feed <c>content_html</c>, WordPress
/// <c>content.rendered</c>, RSS <c>content:encoded</c>); otherwise the body is HTML only when it looks like it.
/// </summary>
internal sealed record RecordFields(string? Id, string? Title, string? Body, string? Url, string? Author, string? Published, bool BodyIsHtml = false)
{
    /// <summary>Body columns of a CSV header (and of plain JSON records).</summary>
    public static readonly string[] BodyNames = ["body", "text", "content"];

    public static RecordFields From(Func<string, string?> get)
    {
        string? body = null;
        foreach (var name in BodyNames)
        {
            body = get(name);
            if (body is not null) break;
        }
        return new RecordFields(get("id"), get("title"), body, get("url"), get("author"), get("published"));
    }
}
