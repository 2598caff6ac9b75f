using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Models;
using TextPipeline.Pipeline;

namespace TextPipeline.Tagging;

/// <summary>
/// The tag stage: ranks each article's tags from its own entities, subjects and keyphrases with
/// <see cref="TagRanker"/>. The site's vocabulary, the subject model's topic names and the tag name forms are read
/// once when the stage is prepared; a vocabulary that cannot be read stops the run (TP4201) before anything is
/// analysed or written.
/// </summary>
public sealed class TagStage : IArticleStage
{
    /// <summary>The algorithm's version (part of cache keys).</summary>
    public const string AlgorithmVersion = "3";

    public string Name => "tags";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TagDiagnostics.All;

    public IArticleStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        var vocabulary = Vocabulary.Empty;
        if (preparation.Options.VocabularyPath is { } path)
        {
            (vocabulary, var error) = Vocabulary.Load(path);
            if (error is not null) throw new ModelLoadException(Diagnostic.Create(TagDiagnostics.BadVocabulary, path, null, null, path, error));
            preparation.RecordUserFile("vocabulary", path);
        }
        var subjects = preparation.UseModel(Subjects.SubjectModel.Load, Subjects.SubjectModel.ModelFileName);
        var forms = preparation.UseModel(TagNameForms.Load, TagNameForms.ModelFileName);
        return new Step(new TagResources(vocabulary, subjects.Topics, forms), OptionsOf(preparation.Options));
    }

    internal static ArticleAnalysis ProcessArticle(ArticleAnalysis article, Vocabulary vocabulary, int count) =>
        ProcessArticle(article, TagResources.Empty with { Vocabulary = vocabulary }, TagOptions.Default with { Count = count });

    /// <summary>One article's tags from its own entities, subjects and keyphrases and the run's shared resources.</summary>
    internal static ArticleAnalysis ProcessArticle(ArticleAnalysis article, TagResources resources, TagOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!article.IsAnalysable) return article;
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

    private sealed class Step(TagResources resources, TagOptions options) : IArticleStep
    {
        public string Version => AlgorithmVersion;

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken) => ProcessArticle(article, resources, options);
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
