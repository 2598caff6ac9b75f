using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Tagging;

/// <summary>
/// The tag stage (after topics): ranks each article's tags with <see cref="TagRanker"/>. A corpus stage so that the
/// vocabulary is read once and a bad vocabulary file is reported once for the run.
/// </summary>
public sealed class TagStage : ICorpusStage
{
    public string Name => "tags";

    public string Version => "2";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TagDiagnostics.All;

    public ImmutableArray<ModelInfo> ModelsUsed(StageContext context) =>
        [.. new[] { ModelFiles.Describe(TagNameForms.ModelFileName, context?.ModelsDirectory), ModelFiles.Describe(Subjects.SubjectModel.ModelFileName, context?.ModelsDirectory) }.OfType<ModelInfo>()];

    public CorpusAnalysis Process(CorpusAnalysis corpus, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(context);
        var vocabulary = Vocabulary.Empty;
        var diagnostics = corpus.Diagnostics;
        if (context.Options.VocabularyPath is { } path)
        {
            (vocabulary, var error) = Vocabulary.Load(path);
            if (error is not null)
            {
                diagnostics = diagnostics.Add(Diagnostic.Create(TagDiagnostics.BadVocabulary, path, null, null, path, error));
            }
        }
        var results = new ArticleAnalysis[corpus.Articles.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.Jobs), CancellationToken = cancellationToken };
        var options = OptionsOf(context.Options);
        var resources = new TagResources(vocabulary, Subjects.SubjectStage.LoadModel(context.ModelsDirectory).Model?.Topics, TagNameForms.LoadShipped(context.ModelsDirectory));
        Parallel.For(0, results.Length, parallel, i => results[i] = ProcessArticle(corpus.Articles[i], resources, options));
        return corpus with { Articles = [.. results], Diagnostics = diagnostics };
    }

    public static ArticleAnalysis ProcessArticle(ArticleAnalysis article, Vocabulary vocabulary, int count) =>
        ProcessArticle(article, vocabulary, TagOptions.Default with { Count = count });

    /// <summary>One article's tags from its own entities, subjects and keyphrases.</summary>
    public static ArticleAnalysis ProcessArticle(ArticleAnalysis article, Vocabulary vocabulary, TagOptions options) =>
        ProcessArticle(article, TagResources.Empty with { Vocabulary = vocabulary }, options);

    /// <summary>One article's tags from its own entities, subjects and keyphrases and the run's shared resources.</summary>
    public static ArticleAnalysis ProcessArticle(ArticleAnalysis article, TagResources resources, TagOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tags = TagRanker.Rank(
            article.Article.Text, article.Entities.AsSpan(), article.Keyphrases.AsSpan(), article.Subjects.AsSpan(), resources, options);
        return article with { Tags = tags.ToEquatableArray() };
    }

    /// <summary>The tag options a run's options ask for.</summary>
    public static TagOptions OptionsOf(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TagOptions.Default with
        {
            Count = options.Tags,
            From = options.TagsFrom,
            MinRelevance = options.MinTagRelevance,
            MaxEntities = options.MaxEntityTags,
            MaxKeyphrases = options.MaxKeyphraseTags,
            MaxSubjects = options.MaxSubjectTags,
            MinKeyphraseScore = options.MinKeyphraseTagScore,
        };
    }
}

public static class TagStageExtensions
{
    public static AnalysisPipelineBuilder UseTags(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new TagStage());
    }
}
