using TextPipeline.Diagnostics;
using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Keyphrases;
using TextPipeline.Linking;
using TextPipeline.Subjects;
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

    public Document? Document { get; init; }

    public EquatableArray<Entity> Entities { get; init; }

    public EquatableArray<Keyphrase> Keyphrases { get; init; }

    public EquatableArray<TopicWeight> Topics { get; init; }

    /// <summary>IPTC Media Topics the article is about, best first (the subjects stage).</summary>
    public EquatableArray<Subject> Subjects { get; init; }

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

    public int SentenceCount => Document?.Sentences.Length ?? 0;

    public int WordCount => Document?.WordCount ?? 0;
}
