using System.Globalization;

namespace TextPipeline.Cli.Commands;

/// <summary>Parses <c>--topics &lt;K|auto&gt;</c>: 0 for auto, K for 2..500, null when invalid.</summary>
internal static class TopicCountOption
{
    public static int? Parse(string? value) =>
        value is null or "auto" ? 0
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k is >= 2 and <= 500 ? k
        : null;
}
