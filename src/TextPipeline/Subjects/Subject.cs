namespace TextPipeline.Subjects;

/// <summary>
/// An IPTC Media Topic an article is about: its code (<c>medtop:NNNNNNNN</c>, stable across releases), its English
/// label and a 0..1 score (the classifier's probability).
/// </summary>
public sealed record Subject(string Code, string Label, double Score)
{
    /// <summary>One of the 17 top-level Media Topics (codes <c>medtop:NN000000</c>): too broad to publish as a tag.</summary>
    public bool IsTopLevel => Code.Length == 15 && Code.EndsWith("000000", StringComparison.Ordinal);
}
