using System.Collections.Immutable;
using TextPipeline.Pipeline;

namespace TextPipeline.Topics;

/// <summary>
/// Analysed articles as topic training sees them: the first article (by id) of each distinct input content, empty
/// articles left out, terms extracted by <see cref="TermExtractor"/> from the pipeline's own tokens. <c>run</c>,
/// <c>train topics</c> and <c>eval topics</c> all build it from the same pipeline's output, so they train on the same
/// terms. The gold label of an article is its first folder (<c>business/012.txt</c> → <c>business</c>).
/// </summary>
public sealed record TopicCorpus(ImmutableArray<TopicDocument> Documents, ImmutableArray<string> Labels, TermMode Mode, int ExactDuplicatesRemoved)
{
    /// <summary>
    /// Builds the training corpus from analysed articles (sorted by id). <paramref name="mode"/> null picks lemma terms
    /// when most articles carry lemmas, else surface words.
    /// </summary>
    public static TopicCorpus From(IReadOnlyList<ArticleAnalysis> articles, TermMode? mode = null, CorpusContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Other languages stay out of training (their words would become English topics).
        var unique = articles.Where(a => a.Article.Text.Length > 0 && a.IsAnalysable && seen.Add(a.Article.Sha256)).ToList();
        var nonEmpty = articles.Count(a => a.Article.Text.Length > 0 && a.IsAnalysable);
        var chosen = mode ?? ChooseMode(unique);
        var terms = context is null
            ? [.. unique.Select(a => TermsOf(a, chosen))]
            : context.Map(unique, a => TermsOf(a, chosen));
        return new TopicCorpus(
            [.. unique.Select((a, i) => new TopicDocument(a.Id, a.Article.Sha256, terms[i]))],
            [.. unique.Select(a => LabelOf(a.Article.Path))],
            chosen,
            nonEmpty - unique.Count);
    }

    /// <summary>
    /// Ingests <paramref name="inputs"/> and tokenizes them with the run pipeline's own stages (everything topics read),
    /// then builds the training corpus: what <c>train topics</c> and <c>eval topics</c> train on.
    /// </summary>
    public static TopicCorpus Read(IEnumerable<string> inputs, PipelineOptions options, TermMode? mode = null, Models.ModelStore? models = null, IProgress<string>? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var pipeline = AnalysisPipeline.Default.Through("tokenize").Prepare(options, models, log);
        var articles = new PipelineRunner(pipeline, log: log).Analyze([.. inputs], cancellationToken).Corpus.Articles;
        return From(articles, mode, new CorpusContext(options.Jobs, log, cancellationToken));
    }

    /// <summary>Lemma terms when more than half of the articles carry lemmas, else surface words.</summary>
    public static TermMode ChooseMode(IReadOnlyCollection<ArticleAnalysis> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles.Count(a => TermExtractor.HasLemmas(a.Document)) * 2 > articles.Count ? TermMode.Lemma : TermMode.Surface;
    }

    /// <summary>The topic terms of one analysed article, as training and inference see them.</summary>
    public static List<TopicTerm> TermsOf(ArticleAnalysis article, TermMode mode)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.IsAnalysable ? TermExtractor.Extract(article.Article.Text.ToString(), article.Document, mode, article.Article.Title) : [];
    }

    public static string LabelOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normalized = path.Replace('\\', '/');
        var slash = normalized.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? normalized[..slash] : "";
    }
}
