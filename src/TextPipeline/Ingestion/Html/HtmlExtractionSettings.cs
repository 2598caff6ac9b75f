using System.Globalization;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// The numbers behind main-content extraction, in one place so they can be chosen by cross-validation
/// (<see cref="ExtractionTuner"/>, <c>eval extraction</c>) rather than by looking at every page of the benchmark.
/// <see cref="Default"/> is what <c>run</c> uses.
/// </summary>
internal sealed record HtmlExtractionSettings
{
    /// <summary>What <c>run</c> uses.</summary>
    public static HtmlExtractionSettings Default { get; } = new();

    /// <summary>
    /// Where cross-validation starts, chosen without looking at the benchmark: readability.js's constants (25-character
    /// paragraphs, five ancestor levels, a parent above a third of the best score, siblings above a fifth of it or 10,
    /// short sentence-like paragraphs joined) and this extractor's own additions switched off (no climb limit, no
    /// protection of chrome-named wrappers or of named article bodies, no lead blocks).
    /// </summary>
    public static HtmlExtractionSettings Readability { get; } = new()
    {
        MaxClimbGrowth = double.MaxValue,
        JoinSiblingsByScore = true,
        ProtectedShare = double.MaxValue,
        MinNamedBodyChars = int.MaxValue,
        JoinLeadBlocks = false,
    };

    /// <summary>Text characters a paragraph needs to score its ancestors.</summary>
    public int MinParagraphChars { get; init; } = 25;

    /// <summary>How many ancestors a paragraph scores.</summary>
    public int AncestorLevels { get; init; } = 5;

    /// <summary>A parent with more than this many times the best container's text is the page around it, not more article.</summary>
    public double MaxClimbGrowth { get; init; } = 3;

    /// <summary>A parent scoring below this share of the best container stops the climb.</summary>
    public double ClimbThreshold { get; init; } = 1.0 / 3;

    /// <summary>
    /// Siblings of the best container join it when they score high enough (readability's sibling step). Off: on the
    /// 90 benchmark pages it only ever pulled in chrome (a company's press-release boilerplate, related-article teasers)
    /// and switching it off raised F1 on both halves (a 0.979 to 0.983, b 0.986 to 0.986+; 3 pages better, none worse),
    /// the change the cross-validation found when fitting on half a and which held on half b.
    /// </summary>
    public bool JoinSiblingsByScore { get; init; }

    /// <summary>With <see cref="JoinSiblingsByScore"/>, a sibling joins the best container when it scores this share of it (or <see cref="SiblingMinScore"/>).</summary>
    public double SiblingShare { get; init; } = 0.2;

    /// <summary>The least score that lets a sibling join.</summary>
    public double SiblingMinScore { get; init; } = 10;

    /// <summary>A chrome-named element holding this share of the page's text is a wrapper, looked inside instead of dropped.</summary>
    public double ProtectedShare { get; init; } = 0.35;

    /// <summary>Characters a container named like an article body needs before its ancestors are protected from pruning.</summary>
    public int MinNamedBodyChars { get; init; } = 200;

    /// <summary>A long, link-poor block beside the body container (a lead or summary) joins it.</summary>
    public bool JoinLeadBlocks { get; init; } = true;

    /// <summary>A short sentence-like paragraph without links beside the body container joins it.</summary>
    public bool JoinShortParagraphs { get; init; } = true;

    /// <summary>"name=value" pairs that differ from <see cref="Default"/> ("default" when none).</summary>
    public string Describe()
    {
        var d = Default;
        var parts = new List<string>();
        void Add(string name, double value, double baseline)
        {
            if (value == baseline) return;
            parts.Add(value is double.MaxValue or int.MaxValue ? $"{name}=off" : string.Create(CultureInfo.InvariantCulture, $"{name}={value:0.###}"));
        }
        Add(nameof(MinParagraphChars), MinParagraphChars, d.MinParagraphChars);
        Add(nameof(AncestorLevels), AncestorLevels, d.AncestorLevels);
        Add(nameof(MaxClimbGrowth), MaxClimbGrowth, d.MaxClimbGrowth);
        Add(nameof(ClimbThreshold), ClimbThreshold, d.ClimbThreshold);
        Add(nameof(SiblingShare), SiblingShare, d.SiblingShare);
        Add(nameof(SiblingMinScore), SiblingMinScore, d.SiblingMinScore);
        Add(nameof(ProtectedShare), ProtectedShare, d.ProtectedShare);
        Add(nameof(MinNamedBodyChars), MinNamedBodyChars, d.MinNamedBodyChars);
        if (JoinSiblingsByScore != d.JoinSiblingsByScore) parts.Add($"{nameof(JoinSiblingsByScore)}={JoinSiblingsByScore}");
        if (JoinLeadBlocks != d.JoinLeadBlocks) parts.Add($"{nameof(JoinLeadBlocks)}={JoinLeadBlocks}");
        if (JoinShortParagraphs != d.JoinShortParagraphs) parts.Add($"{nameof(JoinShortParagraphs)}={JoinShortParagraphs}");
        return parts.Count == 0 ? "default" : string.Join(", ", parts);
    }
}
