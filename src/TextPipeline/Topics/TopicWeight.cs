namespace TextPipeline.Topics;

/// <summary>An article's share of one topic of the topic model.</summary>
/// <param name="Id">The topic's stable id in the model.</param>
/// <param name="Label">The topic's label (its top terms).</param>
/// <param name="Weight">The article's share of the topic, 0..1.</param>
public sealed record TopicWeight(int Id, string Label, double Weight);
