namespace TextPipeline.Subjects;

/// <summary>One IPTC Media Topic concept: code (<c>medtop:NNNNNNNN</c>), English label and its broader concept's code.</summary>
public sealed record MediaTopic(string Code, string Label, string? Parent);
