using System.Net;

namespace TextPipeline.Server;

/// <summary>Tells loopback listen addresses (127.0.0.0/8, ::1, localhost) from the rest (0.0.0.0, *, +, a host name, a LAN address).</summary>
public static class ListenAddresses
{
    /// <summary>True when <paramref name="url"/> (<c>http://host:port</c>) listens on loopback only.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0) rest = rest[..slash];
        string host;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) return false;
            host = rest[1..close];
        }
        else
        {
            var colon = rest.LastIndexOf(':');
            host = colon >= 0 ? rest[..colon] : rest;
        }
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
