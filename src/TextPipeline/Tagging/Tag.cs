namespace TextPipeline.Tagging;

/// <summary>Tag kinds of the output contract.</summary>
public static class TagKinds
{
    public const string Entity = "entity";
    public const string Keyphrase = "keyphrase";
    public const string Topic = "topic";
    public const string Vocabulary = "vocabulary";
}

/// <summary>
/// A ranked tag. <see cref="Relevance"/>: how much the article is about it; <see cref="Confidence"/>: how sure we
/// are the tag itself is right. Both 0..1. <see cref="Id"/> is the vocabulary's or gazetteer's id when known.
/// </summary>
public sealed record Tag(string Name, string Kind, string? Type, double Relevance, double Confidence, string? Id = null);
