using Microsoft.Extensions.Logging;

namespace TextPipeline.Server;

/// <summary>The server's log events (compiled by the logging source generator: nothing is formatted when a level is off).</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {Status} {DurationMs} ms {ArticleId}")]
    public static partial void Request(ILogger logger, string method, string? path, int status, double durationMs, string? articleId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Message}")]
    public static partial void Progress(ILogger logger, string message);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "ready: {Articles} stored articles; models and archive loaded in {Seconds} s")]
    public static partial void Ready(ILogger logger, int articles, double seconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Critical, Message = "{Message}")]
    public static partial void Failed(ILogger logger, string message);
}
