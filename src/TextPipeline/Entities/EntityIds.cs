using System.Globalization;
using System.Text;

namespace TextPipeline.Entities;

/// <summary>
/// Stable ids for entities without a listed id: <c>tp:</c> + lower-case type + <c>:</c> + the normalised name.
/// Normalising: Unicode compatibility decomposition with accents dropped, lower case (invariant), "&amp;" read as
/// "and", every run of other characters than letters and digits replaced by one "-", no "-" at either end
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

    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                dash = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                dash = true;
            }
        }
        return sb.Length == 0 ? "_" : sb.ToString();
    }
}
