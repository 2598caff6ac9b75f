namespace TextPipeline.Server;

/// <summary>
/// Which article ids the API accepts: 1–200 characters of ASCII letters, digits and <c>- _ . ~ : @ + # , =</c> in
/// segments separated by single slashes (<c>politics/012</c>, <c>feed#3</c>; a <c>#</c> is sent as <c>%23</c>), no
/// <c>.</c> or <c>..</c> segment, and not ending in <c>/related</c> (that path lists an article's related articles).
/// </summary>
public static class ArticleIdRules
{
    public const int MaxLength = 200;

    /// <summary>Null when <paramref name="id"/> is acceptable, else why not.</summary>
    public static string? Problem(string? id)
    {
        if (string.IsNullOrEmpty(id)) return "the article id is empty";
        if (id.Length > MaxLength) return $"the article id is longer than {MaxLength} characters";
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or ':' or '@' or '+' or '#' or ',' or '=' or '/'))
            {
                return $"the article id contains '{(char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString())}'; ids use ASCII letters, digits, '/', and - _ . ~ : @ + # , =";
            }
        }
        var segments = id.Split('/');
        if (segments.Any(s => s.Length == 0)) return "the article id has an empty path segment (leading, trailing or double '/')";
        if (segments.Any(s => s is "." or "..")) return "the article id has a '.' or '..' segment";
        if (segments.Length > 1 && segments[^1] == "related") return "an article id cannot end in '/related'";
        return null;
    }
}
