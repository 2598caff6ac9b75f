namespace TextPipeline.Topics;

/// <summary>One topic of a topic model as written to <c>topics.csv</c>: stable id, label, size, top terms best first.</summary>
public sealed record TopicInfo(int Id, string Label, int Size, EquatableArray<string> TopTerms);
