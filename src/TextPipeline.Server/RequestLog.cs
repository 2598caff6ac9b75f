using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace TextPipeline.Server;

/// <summary>One structured log line per request (method, path, status, duration, article id) on stderr.</summary>
internal sealed class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var id = context.GetRouteValue("id") as string;
                var milliseconds = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
                ServerLog.Request(logger, context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, milliseconds, id);
            }
        }
    }
}
