namespace TextPipeline.Linking;

/// <summary>
/// What the related-links stage reads of an article besides its entities, keyphrases and topics: its content words
/// with counts. Computed per article (cached with the other per-article results), so linking never needs the
/// tokenized document and an unchanged article costs nothing to re-link.
/// </summary>
/// <param name="Terms">Content words by ordinal term order.</param>
internal sealed record RelatedFeatures(EquatableArray<IndexTerm> Terms)
{
    public static RelatedFeatures Empty { get; } = new(EquatableArray<IndexTerm>.Empty);
}

/// <summary>A content word: its lower-cased lemma, how often the article uses it, and how to show it in a reason.</summary>
/// <param name="Display">The word as written when it is a proper noun ("WorldCom"), else the lemma.</param>
internal readonly record struct IndexTerm(string Term, int Count, string Display);
