using TextPipeline.Diagnostics;
using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Linking;
using TextPipeline.Summarization;
using TextPipeline.Tagging;
using TextPipeline.Tokenization;
using TextPipeline.Topics;

namespace TextPipeline.Pipeline;

/// <summary>
/// Everything known about one article, filled stage by stage with <c>with</c> expressions. Lists are empty until
/// their stage has run. Diagnostics of every stage accumulate in <see cref="Diagnostics"/>.
/// </summary>
public sealed record ArticleAnalysis(Article Article)
{
    public string Id => Article.Id;

    /// <summary>
    /// Tokens and sentences; null before tokenization, and dropped once the per-article stages are done (nothing after
    /// them reads it, and a cached article is stored without it). <see cref="Counts"/> keeps what outputs need.
    /// </summary>
    public Document? Document { get; init; }

    /// <summary>Sentence and word counts, set with the document (they outlive it).</summary>
    public TextCounts Counts { get; init; }

    /// <summary>What the related-links stage indexes (content words), computed per article.</summary>
    public RelatedFeatures? RelatedFeatures { get; init; }

    public EquatableArray<Entity> Entities { get; init; }

    public EquatableArray<Keyphrase> Keyphrases { get; init; }

    public EquatableArray<TopicWeight> Topics { get; init; }

    public EquatableArray<Tag> Tags { get; init; }

    public Summary Summary { get; init; } = Summary.Empty;

    public EquatableArray<RelatedArticle> Related { get; init; }

    /// <summary>Ids of the other copies of this article (exact or near duplicates).</summary>
    public EquatableArray<string> Duplicates { get; init; }

    /// <summary>The canonical copy this article duplicates, or null when it is itself canonical.</summary>
    public string? DuplicateOf { get; init; }

    public EquatableArray<Diagnostic> Diagnostics { get; init; } = Article.Diagnostics;

    public ArticleAnalysis AddDiagnostics(IEnumerable<Diagnostic> diagnostics) =>
        this with { Diagnostics = Diagnostics.Concat(diagnostics).ToEquatableArray() };

    public int SentenceCount => Document?.Sentences.Length ?? Counts.Sentences;

    public int WordCount => Document?.WordCount ?? Counts.Words;
}

/// <summary>How many sentences and words an article has (UTF-16 word tokens, as <see cref="Document.WordCount"/>).</summary>
public readonly record struct TextCounts(int Sentences, int Words);
