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
/// their stage has run. Diagnostics of every stage accumulate in <see cref="Diagnostics"/>. This is what
/// <see cref="ArticleAnalyzer.Analyze(string, string)"/> returns and what <c>textpipeline run</c> writes as one line
/// of <c>articles.jsonl</c> (<see cref="ArticleAnalyzer.ToJson"/>).
/// </summary>
/// <param name="Article">The ingested article: id, path, clean body text, structure and metadata.</param>
public sealed record ArticleAnalysis(Article Article)
{
    /// <summary>The article's id (unique within a run; the file name, or the record's own id).</summary>
    public string Id => Article.Id;

    /// <summary>False for articles the English-only stages must leave alone (see <see cref="Ingestion.Article.IsAnalysable"/>).</summary>
    public bool IsAnalysable => Article.IsAnalysable;

    /// <summary>
    /// Sentences and tokens (with POS and lemma) of <see cref="Ingestion.Article.Text"/>; null before tokenization, and dropped once the per-article stages are done (nothing after
    /// them reads it, and a cached article is stored without it). <see cref="Counts"/> keeps what outputs need.
    /// </summary>
    public Document? Document { get; init; }

    /// <summary>Sentence and word counts, set with the document (they outlive it).</summary>
    public TextCounts Counts { get; init; }

    /// <summary>What the related-links stage indexes (content words), computed per article.</summary>
    internal RelatedFeatures? RelatedFeatures { get; init; }

    /// <summary>Named entities (people, organisations, places), one per canonical name, most salient first.</summary>
    public EquatableArray<Entity> Entities { get; init; }

    /// <summary>Keyphrases, best first.</summary>
    public EquatableArray<Keyphrase> Keyphrases { get; init; }

    /// <summary>The article's topics and their shares, when a topic model was trained or given.</summary>
    public EquatableArray<TopicWeight> Topics { get; init; }

    /// <summary>IPTC Media Topics the article is about, best first (the subjects stage).</summary>
    public EquatableArray<Subject> Subjects { get; init; }

    /// <summary>The ranked tags (entities, subjects, keyphrases and vocabulary terms merged), most relevant first.</summary>
    public EquatableArray<Tag> Tags { get; init; }

    /// <summary>The extractive summary: whole sentences of the article, in article order.</summary>
    public Summary Summary { get; init; } = Summary.Empty;

    /// <summary>Related articles of the same run, best first (empty for a single article).</summary>
    public EquatableArray<RelatedArticle> Related { get; init; }

    /// <summary>Ids of the other copies of this article (exact or near duplicates).</summary>
    public EquatableArray<string> Duplicates { get; init; }

    /// <summary>The canonical copy this article duplicates, or null when it is itself canonical.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>What ingestion and every stage reported about this article (notes, warnings, errors).</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; init; } = Article.Diagnostics;

    /// <summary>A copy with <paramref name="diagnostics"/> appended to <see cref="Diagnostics"/>.</summary>
    public ArticleAnalysis AddDiagnostics(IEnumerable<Diagnostic> diagnostics) =>
        this with { Diagnostics = Diagnostics.Concat(diagnostics).ToEquatableArray() };

    /// <summary>Number of sentences (0 before tokenization).</summary>
    public int SentenceCount => Document?.Sentences.Length ?? Counts.Sentences;

    /// <summary>Number of word-like tokens, punctuation and symbols excluded (0 before tokenization).</summary>
    public int WordCount => Document?.WordCount ?? Counts.Words;
}

/// <summary>How many sentences and words an article has (UTF-16 word tokens, as <see cref="Document.WordCount"/>).</summary>
public readonly record struct TextCounts(int Sentences, int Words);
