namespace TextPipeline.Topics;

/// <summary>One term occurrence of an article: the key the model counts and the word as written (lower-cased), for display.</summary>
public readonly record struct TopicTerm(string Key, string Surface);
