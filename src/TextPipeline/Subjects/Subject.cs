namespace TextPipeline.Subjects;

/// <summary>
/// An IPTC Media Topic an article is about: its code (<c>medtop:NNNNNNNN</c>, stable across releases), its English
/// label and a 0..1 score (the classifier's probability).
/// </summary>
public sealed record Subject(string Code, string Label, double Score);
