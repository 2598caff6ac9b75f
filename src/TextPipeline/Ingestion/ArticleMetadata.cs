namespace TextPipeline.Ingestion;

/// <summary>Metadata found in the input. <see cref="Published"/> is an ISO 8601 date or date-time, never in the future.</summary>
public sealed record ArticleMetadata(
    string? Title,
    string? Author,
    string? Published,
    string? Url,
    string Language = "en");
