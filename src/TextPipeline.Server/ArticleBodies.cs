using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using TextPipeline.Ingestion;

namespace TextPipeline.Server;

/// <summary>
/// Turns a request body into an <see cref="ArticleSource"/>: <c>application/json</c> (a record
/// <c>{ "id"?, "title"?, "text"? or "html"?, "url"?, "published"?, "author"? }</c>), <c>text/plain</c>,
/// <c>text/html</c> or <c>text/markdown</c>; anything else is 415. The body is read up to the configured limit (413).
/// </summary>
internal static class ArticleBodies
{
    /// <summary>The record fields a JSON body may carry (any other field is rejected, so a typo is not silently ignored).</summary>
    private static readonly HashSet<string> s_fields = new(StringComparer.Ordinal) { "id", "title", "text", "html", "url", "published", "author" };

    /// <summary>The source, or the problem to answer with.</summary>
    public static async Task<(ArticleSource? Source, IResult? Problem)> ReadAsync(HttpRequest request, string? urlId, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (null, Problems.TooLarge(maxBytes));
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType.Value is not { } mediaType)
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType));
        }
        var format = mediaType.ToLowerInvariant() switch
        {
            "application/json" => SourceFormat.Json,
            "text/plain" => SourceFormat.Text,
            "text/html" => SourceFormat.Html,
            "text/markdown" => SourceFormat.Markdown,
            _ => (SourceFormat?)null,
        };
        if (format is null) return (null, Problems.UnsupportedMediaType(request.ContentType));

        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (buffer.Length > maxBytes) return (null, Problems.TooLarge(maxBytes));
            bytes = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(maxBytes));
        }
        if (bytes.Length == 0) return (null, Problems.BadRequest("Empty body", "The request has no body; send the article as JSON, text or HTML."));
        if (format != SourceFormat.Json) return (ArticleSource.FromBytes(bytes, format.Value, urlId ?? "article"), null);
        return FromJson(bytes, urlId);
    }

    /// <summary>A JSON record: checked field by field, its id (if any) checked against the URL's, passed on without it.</summary>
    private static (ArticleSource? Source, IResult? Problem) FromJson(byte[] bytes, string? urlId)
    {
        JsonObject record;
        try
        {
            if (JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }) is not JsonObject parsed)
            {
                return (null, Problems.BadRequest("Invalid body", "The JSON body must be one object: { \"id\"?, \"title\"?, \"text\"? or \"html\"?, \"url\"?, \"published\"?, \"author\"? }."));
            }
            record = parsed;
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest("Invalid JSON", $"The body is not valid JSON: {e.Message}"));
        }
        foreach (var (name, value) in record)
        {
            if (!s_fields.Contains(name)) return (null, Problems.BadRequest("Invalid body", $"Unknown field \"{name}\"; a record has id, title, text or html, url, published, author."));
            if (value is not null && value.GetValueKind() != JsonValueKind.String) return (null, Problems.BadRequest("Invalid body", $"The field \"{name}\" must be a string."));
        }
        if (record["text"] is null && record["html"] is null) return (null, Problems.BadRequest("Invalid body", "The record has neither \"text\" nor \"html\"."));
        var bodyId = (string?)record["id"];
        if (urlId is not null && bodyId is not null && bodyId != urlId)
        {
            return (null, Problems.BadRequest("Id mismatch", $"The body's id \"{bodyId}\" differs from the URL's \"{urlId}\"."));
        }
        var id = urlId ?? bodyId ?? "article";
        if (ArticleIdRules.Problem(id) is { } idProblem) return (null, Problems.BadRequest("Invalid id", idProblem));
        record.Remove("id");
        return (ArticleSource.FromJson(record.ToJsonString(), id), null);
    }
}
