namespace TextPipeline.Tagging;

/// <summary>Tag kinds of the output contract (<see cref="Tag.Kind"/>).</summary>
public static class TagKinds
{
    /// <summary>A named entity of the article.</summary>
    public const string Entity = "entity";

    /// <summary>A keyphrase of the article.</summary>
    public const string Keyphrase = "keyphrase";

    /// <summary>An IPTC Media Topic (its code is the tag's id).</summary>
    public const string Subject = "subject";

    /// <summary>Kept for the contract; topic-model word lists are no longer tags (they stay in topics.csv).</summary>
    public const string Topic = "topic";

    /// <summary>A term of the site's tag list (<see cref="Pipeline.PipelineOptions.VocabularyPath"/>).</summary>
    public const string Vocabulary = "vocabulary";
}

/// <summary>
/// A ranked tag. <see cref="Relevance"/>: how much the article is about it; <see cref="Confidence"/>: how sure we
/// are the tag itself is right. Both 0..1. <see cref="Id"/>: the site vocabulary's id, the entity's knowledge-base
/// id, the subject's Media Topic code, else a stable id made from the tag's name (<see cref="TagIds"/>).
/// </summary>
/// <param name="Name">The tag as shown to readers.</param>
/// <param name="Kind">Where it comes from: one of <see cref="TagKinds"/>.</param>
/// <param name="Type">The entity type (PER, ORG, LOC, MISC) for entity tags, else null.</param>
/// <param name="Relevance">How much the article is about it, 0..1.</param>
/// <param name="Confidence">How sure we are the tag itself is right, 0..1.</param>
/// <param name="Id">The vocabulary's or gazetteer's id, when known.</param>
public sealed record Tag(string Name, string Kind, string? Type, double Relevance, double Confidence, string? Id = null);
