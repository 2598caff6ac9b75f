namespace TextPipeline.Linking;

/// <summary>A related-article link: the other article's id, a score in 0..1 and the shared names that carry the link.</summary>
public sealed record RelatedArticle(string Id, double Score, EquatableArray<string> Reasons);
