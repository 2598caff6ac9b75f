namespace TextPipeline.Tagging;

/// <summary>Tag kinds of the output contract.</summary>
public static class TagKinds
{
    public const string Entity = "entity";
    public const string Keyphrase = "keyphrase";
    /// <summary>An IPTC Media Topic (its code is the tag's id).</summary>
    public const string Subject = "subject";

    /// <summary>Kept for the contract; topic-model word lists are no longer tags (they stay in topics.csv).</summary>
    public const string Topic = "topic";
    public const string Vocabulary = "vocabulary";
}

/// <summary>
/// A ranked tag. <see cref="Relevance"/>: how much the article is about it; <see cref="Confidence"/>: how sure we
/// are the tag itself is right. Both 0..1. <see cref="Id"/>: the site vocabulary's id, the entity's knowledge-base
/// id, the subject's Media Topic code, else a stable id made from the tag's name (<see cref="TagIds"/>).
/// </summary>
public sealed record Tag(string Name, string Kind, string? Type, double Relevance, double Confidence, string? Id = null);
