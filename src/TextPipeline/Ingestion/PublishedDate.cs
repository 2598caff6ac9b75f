using System.Globalization;

namespace TextPipeline.Ingestion;

/// <summary>
/// Validates a published date found in the input: it must parse (ISO 8601, RFC 1123 or a common English form) and
/// must not lie in the future (one day of slack for time zones) nor before 1800. Output is ISO 8601: a date
/// (<c>2024-03-05</c>) or a UTC date-time (<c>2024-03-05T14:30:00Z</c>).
/// </summary>
internal static class PublishedDate
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-MM", "d MMMM yyyy", "dd MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy",
        "MMM d, yyyy", "MMM d yyyy", "d MMM yyyy", "dd MMM yyyy", "ddd, d MMM yyyy", "dddd, MMMM d, yyyy",
        "MMM. d, yyyy",
    ];

    public static bool TryNormalize(string raw, DateTimeOffset now, out string? iso, out string reason)
    {
        iso = null;
        var text = raw.Trim();
        if (text.Length == 0)
        {
            reason = "empty";
            return false;
        }
        DateTimeOffset value;
        bool hasTime;
        if (DateTime.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dateOnly))
        {
            value = new DateTimeOffset(dateOnly.Date, TimeSpan.Zero);
            hasTime = false;
        }
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value))
        {
            hasTime = value.TimeOfDay != TimeSpan.Zero || text.Contains('T', StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal);
        }
        else
        {
            reason = "not a recognised date";
            return false;
        }
        if (value > now.AddDays(1))
        {
            reason = "it is in the future";
            return false;
        }
        if (value.Year < 1800)
        {
            reason = "it is before 1800";
            return false;
        }
        var utc = value.ToUniversalTime();
        iso = hasTime
            ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        reason = "";
        return true;
    }
}
