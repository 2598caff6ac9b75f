namespace TextPipeline.Ingestion;

/// <summary>Metadata found in the input. <see cref="Published"/> is an ISO 8601 date or date-time, never in the future.</summary>
/// <param name="Title">The title: a JSON/CSV field, the HTML/Markdown title, or a .txt file's title-like first line.</param>
/// <param name="Author">The author or byline, when given.</param>
/// <param name="Published">Publication date (ISO 8601), when given and valid.</param>
/// <param name="Url">The article's URL (canonical URL for HTML), when given.</param>
/// <param name="Language">Language code; only English ("en") is analysed today.</param>
public sealed record ArticleMetadata(
    string? Title,
    string? Author,
    string? Published,
    string? Url,
    string Language = "en");
