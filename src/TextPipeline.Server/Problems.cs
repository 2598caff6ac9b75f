using Microsoft.AspNetCore.Http;

namespace TextPipeline.Server;

/// <summary>RFC 7807 problem details for every error the API returns (never a stack trace).</summary>
internal static class Problems
{
    public static IResult BadRequest(string title, string detail) => Problem(StatusCodes.Status400BadRequest, title, detail);

    public static IResult NotFound(string id) => Problem(StatusCodes.Status404NotFound, "Not found", $"No stored article has the id \"{id}\".");

    public static IResult TooLarge(long maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than {maxBytes} bytes (--max-body-size).");

    public static IResult UnsupportedMediaType(string? contentType) => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
        $"Content-Type '{contentType ?? "(none)"}' is not accepted; send application/json, text/plain, text/html or text/markdown.");

    public static IResult Unauthorized() =>
        Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "This server needs an API key: send 'Authorization: Bearer <key>'.");

    public static IResult Forbidden() => Problem(StatusCodes.Status403Forbidden, "Forbidden", "The API key is not valid.");

    public static IResult NotReady() =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Not ready", "The server is still loading its models and archive; retry shortly (GET /readyz says when it is ready).");

    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
