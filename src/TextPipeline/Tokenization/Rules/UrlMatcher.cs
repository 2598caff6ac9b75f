using System.Text.RegularExpressions;

namespace TextPipeline.Tokenization.Rules;

/// <summary>URL and e-mail recognition. The regexes run only on chunks that look like candidates (cheap checks first).</summary>
internal static partial class UrlMatcher
{
    [GeneratedRegex(@"^(?:(?:https?|ftp)://|www\.)[^\s<>""]+$|^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|edu|gov|io|ai|co|uk|de|fr|info|biz|me|tv|us|ca|au|eu|ly|gl|be|nl|ru|jp|cn|in|news)(?::\d+)?(?:/[^\s<>""]*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    public static bool IsUrl(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 4) return false;
        // Trailing sentence punctuation belongs to the sentence, not the URL: the suffix rule strips it first.
        var last = chunk[^1];
        if (last is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '\'' or '”' or '’') return false;
        var candidate = chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (chunk.Contains('.') && CharClass.IsLetter(last) | last == '/' || chunk.Contains('/'));
        return candidate && chunk.Contains('.') && UrlRegex().IsMatch(chunk);
    }

    public static bool IsEmail(ReadOnlySpan<char> chunk)
    {
        var at = chunk.IndexOf('@');
        return at > 0 && at < chunk.Length - 3 && CharClass.IsLetter(chunk[^1]) && EmailRegex().IsMatch(chunk);
    }
}
