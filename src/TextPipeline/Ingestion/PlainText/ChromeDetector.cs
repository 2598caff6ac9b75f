using System.Text.RegularExpressions;

namespace TextPipeline.Ingestion.PlainText;

/// <summary>
/// Recognises single lines of site chrome in scraped text: "Related News"/"Latest News" section markers, bylines with
/// view counts ("Alex Braham - Nov 13, 2025 51 Views -"), separators, share/subscribe lines, navigation and legal
/// notices. Only whole short lines match, so a sentence that merely mentions "latest news" is never removed.
/// </summary>
internal static partial class ChromeDetector
{
    private const int MaxChromeLineLength = 140;

    public static ChromeKind Classify(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.IsEmpty || t.Length > MaxChromeLineLength) return ChromeKind.None;
        var s = t.ToString();
        if (SeparatorRegex().IsMatch(s)) return ChromeKind.Separator;
        if (SectionMarkerRegex().IsMatch(s)) return ChromeKind.SectionMarker;
        if (BylineCountsRegex().IsMatch(s)) return ChromeKind.BylineWithCounts;
        if (ShareRegex().IsMatch(s)) return ChromeKind.Share;
        if (NavigationRegex().IsMatch(s)) return ChromeKind.Navigation;
        if (LegalRegex().IsMatch(s)) return ChromeKind.Legal;
        return ChromeKind.None;
    }

    /// <summary>Section markers start a block of chrome that may run to the end of the article.</summary>
    public static bool StartsChromeSection(ChromeKind kind) => kind is ChromeKind.SectionMarker or ChromeKind.BylineWithCounts;

    [GeneratedRegex(@"^[\-–—•|·»«*_=~#.\s]+$")]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"^(?:(?:la(?:te|tes)?st|lastest|related|more|top|recent|popular|trending|recommended|featured|other|similar|further|editor'?s'?)\s+(?:news|stories|articles|posts|headlines|videos|reads?|picks|content|coverage)|you (?:may|might) (?:also )?like|read (?:more|next|also)|see also|also read|most (?:read|popular|viewed|shared)|more (?:from|on|in) .{1,40}|comments?(?: \(\d+\))?|leave a (?:comment|reply)|tags?|topics|keep reading|what to read next|recommended for you|don't miss)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionMarkerRegex();

    [GeneratedRegex(@"\b\d[\d,.]*\s*[kKmM]?\s+(?:views?|reads?|comments?|shares?|likes?)\b\s*[-–—|•]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineCountsRegex();

    [GeneratedRegex(@"^(?:share(?: (?:on|this|via|article|story|post)\b.*)?|tweet(?: this)?|pin it|e-?mail(?: this)?|print(?: this)?|whatsapp|facebook|twitter|linkedin|reddit|subscribe(?:\b.*)?|sign up\b.*(?:newsletter|updates|free)\b.*|follow us\b.*|join our\b.*(?:newsletter|community|channel)\b.*|get (?:the|our) (?:latest|newsletter)\b.*|click here\b.*|download (?:the|our) app\b.*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareRegex();

    [GeneratedRegex(@"^(?:skip to (?:main )?content|menu|home|back to top|search|log ?in|sign in|register|advertisement|sponsored(?: content)?|ad|previous (?:article|post|story)|next (?:article|post|story)|(?:home|news|sport|business|world|politics)(?:\s*[|/>»›]\s*\w[\w ]{0,20}){2,})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NavigationRegex();

    [GeneratedRegex(@"^(?:(?:©|\(c\)|copyright\b).{0,120}|all rights reserved\.?|.{0,60}\buses? cookies\b.{0,80}|accept(?: all)? cookies|cookie (?:policy|settings|preferences)|privacy policy(?:\s*[|·•]\s*.+)?|terms (?:of (?:use|service)|and conditions)(?:\s*[|·•]\s*.+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalRegex();
}
