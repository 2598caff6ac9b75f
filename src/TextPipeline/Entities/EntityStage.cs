using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities;

/// <summary>
/// Recognises named entities in each sentence of the tokenized article (ML.NET-trained model + gazetteers), merges
/// mentions into canonical entities with salience, and writes them to <see cref="ArticleAnalysis.Entities"/>.
/// </summary>
public sealed class EntityStage : IArticleStage
{
    public string Name => "entities";

    public string Version => "1";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => EntitiesDiagnostics.All;

    public ImmutableArray<ModelInfo> ModelsUsed(StageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var models = new[] { EntityModelFiles.NerModel, EntityModelFiles.Gazetteer, Lexicon.WordClusters.DefaultFileName }
            .Select(file => ModelFiles.Describe(file, context.Options.ModelsDirectory)).OfType<ModelInfo>();
        var user = context.Options.GazetteerPath is { } path ? ModelFiles.DescribeFile("user-gazetteer", path) : null;
        return [.. models, .. user is null ? [] : new[] { user }];
    }

    public ArticleAnalysis Process(ArticleAnalysis article, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        if (!article.IsAnalysable) return article;
        // Without tokens there is nothing to recognise; the tokenization stage reports why.
        if (article.Document is not { } document || document.Tokens.IsEmpty) return article;
        var resources = EntityResources.For(context);
        var problems = resources.Problems.Select(d => d with { ArticleId = article.Id, Path = article.Article.Path }).ToList();
        var entities = EntityExtractor.Extract(document, resources, article.Article.Title, article.Article.Headings.AsImmutableArray(), cancellationToken);
        var result = article with { Entities = entities };
        return problems.Count == 0 ? result : result.AddDiagnostics(problems);
    }
}
