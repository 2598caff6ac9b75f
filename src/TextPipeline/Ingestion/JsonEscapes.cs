using System.Globalization;

namespace TextPipeline.Ingestion;

/// <summary>
/// Repairs lone-surrogate escapes in JSON text before it is parsed. <c>"\ud800"</c> is valid JSON syntax but no
/// valid string, so System.Text.Json refuses to read it (InvalidOperationException on GetString). Each lone
/// <c>\uD800</c>–<c>\uDFFF</c> escape becomes <c>\uFFFD</c>, the same six characters long, so every line and
/// column of the file stays where it was for diagnostics.
/// </summary>
internal static class JsonEscapes
{
    /// <summary>The repaired text and the character offsets of the escapes that were replaced (empty when none).</summary>
    public static string ReplaceLoneSurrogates(string json, out List<int> replaced)
    {
        ArgumentNullException.ThrowIfNull(json);
        replaced = [];
        var at = json.IndexOf("\\u", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return json;
        char[]? chars = null;
        var i = at;
        while (i < json.Length)
        {
            var slash = json.IndexOf('\\', i);
            if (slash < 0 || slash + 1 >= json.Length) break;
            if (json[slash + 1] != 'u' || !TryHex(json, slash + 2, out var unit))
            {
                i = slash + 2; // any other escape, including "\\", is two characters
                continue;
            }
            if (char.IsHighSurrogate((char)unit) && slash + 11 < json.Length && json[slash + 6] == '\\' && json[slash + 7] == 'u'
                && TryHex(json, slash + 8, out var low) && char.IsLowSurrogate((char)low))
            {
                i = slash + 12;
                continue;
            }
            if (char.IsSurrogate((char)unit))
            {
                chars ??= json.ToCharArray();
                "\\uFFFD".CopyTo(chars.AsSpan(slash));
                replaced.Add(slash);
            }
            i = slash + 6;
        }
        return chars is null ? json : new string(chars);
    }

    private static bool TryHex(string s, int start, out int value)
    {
        value = 0;
        return start + 4 <= s.Length
            && int.TryParse(s.AsSpan(start, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }
}
