using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace TextPipeline.Server;

/// <summary>The HTTP API: analyse without storing, store/replace/delete/read articles, related links, health.</summary>
internal static class ArticleEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static void Map(WebApplication app, ArchiveHost host, ServeOptions options, ApiKey? key)
    {
        app.MapGet("/healthz", () => Results.Text("""{"status":"live"}""", Json))
            .WithName("Live").WithSummary("Liveness: the process answers.").ExcludeFromDescription();
        app.MapGet("/readyz", () => host.Archive is { } archive
                ? Results.Text(string.Create(CultureInfo.InvariantCulture, $$"""{"status":"ready","articles":{{archive.Count}}}"""), Json)
                : Problems.NotReady())
            .WithName("Ready").WithSummary("Readiness: models loaded and the archive open.").ExcludeFromDescription();

        var v1 = app.MapGroup("/v1").RequireRateLimiting(ArticleServer.ConcurrencyPolicy);
        v1.AddEndpointFilter(async (context, next) =>
        {
            if (key is not null)
            {
                var header = context.HttpContext.Request.Headers.Authorization.ToString();
                if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
                    return Problems.Unauthorized();
                }
                if (!key.Matches(header["Bearer ".Length..].Trim())) return Problems.Forbidden();
            }
            return host.Archive is null ? Problems.NotReady() : await next(context).ConfigureAwait(false);
        });

        v1.MapPost("/analyze", async (HttpRequest request, CancellationToken cancellationToken) =>
            {
                var (source, problem) = await ArticleBodies.ReadAsync(request, null, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
                if (problem is not null) return problem;
                try
                {
                    var analysis = await Task.Run(() => host.Archive!.Analyze(source!, cancellationToken), cancellationToken).ConfigureAwait(false);
                    return Results.Text(ArticleAnalyzer.ToJson(analysis), Json);
                }
                catch (ArticleInputException e)
                {
                    return Problems.BadRequest("No article", e.Message);
                }
            })
            .WithName("Analyze").WithSummary("Analyses an article without storing it; related links come from the stored archive.")
            .Accepts<ArticleRecord>("application/json", "text/plain", "text/html", "text/markdown")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415).ProducesProblem(503);

        v1.MapPut("/articles/{**id}", async (string id, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                if (ArticleIdRules.Problem(id) is { } idProblem) return Problems.BadRequest("Invalid id", idProblem);
                var (source, problem) = await ArticleBodies.ReadAsync(request, id, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
                if (problem is not null) return problem;
                ArchiveWrite write;
                try
                {
                    write = await Task.Run(() => host.Archive!.Put(id, source!, cancellationToken), cancellationToken).ConfigureAwait(false);
                }
                catch (ArticleInputException e)
                {
                    return Problems.BadRequest("No article", e.Message);
                }
                if (write.Created) response.Headers.Location = "/v1/articles/" + Uri.EscapeDataString(id).Replace("%2F", "/", StringComparison.Ordinal);
                return Results.Text(ArticleAnalyzer.ToJson(write.Article), Json, statusCode: write.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
            })
            .WithName("PutArticle").WithSummary("Analyses, stores and indexes an article (insert or replace); other articles' related links follow.")
            .Accepts<ArticleRecord>("application/json", "text/plain", "text/html", "text/markdown")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status201Created, contentType: "application/json")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415).ProducesProblem(503);

        v1.MapDelete("/articles/{**id}", (string id) =>
            {
                if (ArticleIdRules.Problem(id) is { } idProblem) return Problems.BadRequest("Invalid id", idProblem);
                return host.Archive!.Delete(id) ? Results.NoContent() : Problems.NotFound(id);
            })
            .WithName("DeleteArticle").WithSummary("Removes a stored article; the related links that named it are recomputed.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        v1.MapGet("/articles/{**id}", (string id, HttpRequest request) =>
            {
                const string suffix = "/related";
                if (id.EndsWith(suffix, StringComparison.Ordinal)) return Related(host.Archive!, id[..^suffix.Length], request);
                if (ArticleIdRules.Problem(id) is { } idProblem) return Problems.BadRequest("Invalid id", idProblem);
                return host.Archive!.Get(id) is { } analysis ? Results.Text(ArticleAnalyzer.ToJson(analysis), Json) : Problems.NotFound(id);
            })
            .WithName("GetArticle").WithSummary("A stored article's record; GET /v1/articles/{id}/related?k=5 lists its related articles.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
    }

    private static IResult Related(ArticleArchive archive, string id, HttpRequest request)
    {
        if (ArticleIdRules.Problem(id) is { } idProblem) return Problems.BadRequest("Invalid id", idProblem);
        var k = 5;
        if (request.Query.TryGetValue("k", out var values))
        {
            if (values.Count != 1 || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out k) || k < 1 || k > ArticleArchive.MaxRelated)
            {
                return Problems.BadRequest("Invalid k", $"k must be a whole number from 1 to {ArticleArchive.MaxRelated}.");
            }
        }
        if (archive.Related(id, k) is not { } links) return Problems.NotFound(id);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteStartArray("related");
            foreach (var link in links)
            {
                writer.WriteStartObject();
                writer.WriteString("id", link.Id);
                writer.WriteNumber("score", link.Score);
                writer.WriteStartArray("reasons");
                foreach (var r in link.Reasons) writer.WriteStringValue(r);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Results.Bytes(buffer.ToArray(), Json);
    }
}

/// <summary>The JSON body of <c>POST /v1/analyze</c> and <c>PUT /v1/articles/{id}</c> (documentation of the OpenAPI schema).</summary>
/// <param name="Id">Article id (PUT: must equal the URL's when given).</param>
/// <param name="Title">Title.</param>
/// <param name="Text">Body as plain text.</param>
/// <param name="Html">Body as HTML (when there is no text).</param>
/// <param name="Url">Canonical URL.</param>
/// <param name="Published">Publication date, ISO 8601.</param>
/// <param name="Author">Author.</param>
internal sealed record ArticleRecord(string? Id, string? Title, string? Text, string? Html, string? Url, string? Published, string? Author);
