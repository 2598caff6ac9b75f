namespace TextPipeline.Tagging;

/// <summary>Which tags a site wants (<c>--tags-from</c>).</summary>
public enum TagSource
{
    /// <summary>Entities, subjects, keyphrases and the site's vocabulary.</summary>
    All,

    /// <summary>Only tags of the site's vocabulary (<c>--vocabulary</c>); nothing else is published.</summary>
    Vocabulary,

    /// <summary>Only entities and subjects (and vocabulary tags they map to): no free keyphrases.</summary>
    EntitiesAndSubjects,
}

/// <summary>
/// How many tags of each kind an article gets and how relevant they must be. Defaults were chosen on our editor gold
/// (data/gold/bbc-tags-gold.tsv) and 500N-KPCrowd (models/README.md, "Tags").
/// </summary>
public sealed record TagOptions
{
    public static TagOptions Default { get; } = new();

    /// <summary>Tags per article (<c>--tags</c>).</summary>
    public int Count { get; init; } = 10;

    public TagSource From { get; init; } = TagSource.All;

    /// <summary>
    /// Tags below this relevance are left out (<c>--min-relevance</c>): 0.5 gave the best precision at a recall near
    /// 0.6 on our editor gold, held-out halves (models/README.md, "Tags"); a site can lower it for more tags.
    /// </summary>
    public double MinRelevance { get; init; } = 0.5;

    /// <summary>At most this many entity tags (<c>--max-entity-tags</c>).</summary>
    public int MaxEntities { get; init; } = 7;

    /// <summary>At most this many keyphrase tags (<c>--max-keyphrase-tags</c>).</summary>
    public int MaxKeyphrases { get; init; } = 4;

    /// <summary>At most this many subject tags (<c>--max-subject-tags</c>).</summary>
    public int MaxSubjects { get; init; } = 2;

    /// <summary>
    /// A keyphrase becomes a tag only when the learned ranker gives it at least this probability of being a
    /// keyphrase (it has learned what is taggable: a specific concept, not a generic word, a month or a title).
    /// </summary>
    public double MinKeyphraseScore { get; init; } = 0.5;
}
