using System.Globalization;
using System.Text;

namespace TextPipeline.Entities;

/// <summary>
/// Stable ids for entities without a listed id: <c>tp:</c> + lower-case type + <c>:</c> + the normalised name.
/// Normalising: Latin letters lose their accents ("ū" → "u", "ß" → "ss", "æ" → "ae"; a table, since the build runs
/// with invariant globalization and so without Unicode decomposition), lower case (invariant), "&amp;" read as "and",
/// every run of other characters than letters and digits replaced by one "-", no "-" at either end
/// ("Mark Lewis-Francis", PER → <c>tp:per:mark-lewis-francis</c>; "Būsh" → <c>bush</c>). The same name and type give
/// the same id in every article and every run, so a site can key tag pages on it.
/// </summary>
public static class EntityIds
{
    public const string Prefix = "tp:";

    public static string Mint(string type, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(name);
        return Prefix + type.ToLowerInvariant() + ":" + Normalise(name);
    }

    /// <summary>True for an id minted here (not a listed entity's).</summary>
    public static bool IsMinted(string? id) => id is not null && id.StartsWith(Prefix, StringComparison.Ordinal);

    // Base letters of U+00C0..U+017F ('?' = more than one letter, see Unaccent).
    private const string LatinBase =
        "AAAAAA?CEEEEIIIIDNOOOOO*OUUUUY??aaaaaa?ceeeeiiiidnooooo*ouuuuy?yAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length + 8);
        var dash = false;
        foreach (var ch in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            var letters = ch == '&' ? "and" : char.IsLetterOrDigit(ch) ? Unaccent(ch) : null;
            if (letters is null)
            {
                dash = true;
                continue;
            }
            if (ch == '&') dash = true;
            if (dash && sb.Length > 0) sb.Append('-');
            dash = ch == '&';
            foreach (var c in letters) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.Length == 0 ? "_" : sb.ToString();
    }

    private static string Unaccent(char ch)
    {
        if (ch is < '\u00C0' or > '\u017F') return ch.ToString();
        var b = LatinBase[ch - 0xC0];
        if (b != '?') return b.ToString();
        return ch switch
        {
            'Æ' => "AE", 'æ' => "ae", 'Þ' => "TH", 'þ' => "th", 'Œ' => "OE", 'œ' => "oe", 'Ĳ' => "IJ", 'ĳ' => "ij", 'ß' => "ss",
            _ => ch.ToString(),
        };
    }
}
