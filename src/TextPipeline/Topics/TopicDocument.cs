namespace TextPipeline.Topics;

/// <summary>An article as the topic model sees it: its id, input hash and topic terms in text order.</summary>
public sealed record TopicDocument(string Id, string Sha256, List<TopicTerm> Terms);
