namespace TextPipeline.Linking;

/// <summary>A related-article link: the other article's id, a score in 0..1 and the shared names that carry the link.</summary>
/// <param name="Id">The related article's id.</param>
/// <param name="Score">Similarity, 0..1.</param>
/// <param name="Reasons">Names and terms both articles share, strongest first.</param>
public sealed record RelatedArticle(string Id, double Score, EquatableArray<string> Reasons);
