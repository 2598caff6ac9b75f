namespace TextPipeline.Ingestion;

/// <summary>The fields recognised in JSON/JSONL/CSV records (case-insensitive names).</summary>
internal sealed record RecordFields(string? Id, string? Title, string? Body, string? Url, string? Author, string? Published)
{
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
