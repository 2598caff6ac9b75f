namespace TextPipeline.Topics;

/// <summary>An article's share of one topic of the topic model.</summary>
public sealed record TopicWeight(int Id, string Label, double Weight);
