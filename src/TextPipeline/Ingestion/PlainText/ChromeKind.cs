namespace TextPipeline.Ingestion.PlainText;

/// <summary>Kinds of site chrome recognised in scraped text.</summary>
internal enum ChromeKind
{
    None = 0,
    SectionMarker,
    BylineWithCounts,
    Separator,
    Share,
    Navigation,
    Legal,
    RelatedItem,
}

internal static class ChromeKindText
{
    public static string Describe(ChromeKind kind) => kind switch
    {
        ChromeKind.SectionMarker => "related/latest-news list",
        ChromeKind.BylineWithCounts => "byline with view count",
        ChromeKind.Separator => "separator",
        ChromeKind.Share => "share/subscribe line",
        ChromeKind.Navigation => "navigation",
        ChromeKind.Legal => "copyright/cookie notice",
        ChromeKind.RelatedItem => "related-article title",
        _ => "other",
    };
}
