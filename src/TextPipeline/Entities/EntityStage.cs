using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities;

/// <summary>
/// Recognises named entities in each sentence of the tokenized article (ML.NET-trained model + gazetteers), merges
/// mentions into canonical entities with salience, and writes them to <see cref="ArticleAnalysis.Entities"/>. The
/// model and gazetteers are loaded once when the stage is prepared.
/// </summary>
public sealed class EntityStage : IArticleStage
{
    /// <summary>The algorithm's version; the step's version adds the models' identities.</summary>
    public const string AlgorithmVersion = "3";

    public string Name => "entities";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => EntitiesDiagnostics.All;

    public IArticleStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        var resources = EntityResources.Load(preparation.Models, preparation.Options.GazetteerPath, out var warnings);
        preparation.UseModel(_ => resources, EntityModelFiles.NerModel, EntityModelFiles.Gazetteer);
        if (resources.Model?.Features.ClustersSha256 is not null) preparation.UseModel(_ => resources, Lexicon.WordClusters.DefaultFileName);
        if (preparation.Options.GazetteerPath is { } path) preparation.RecordUserFile("user-gazetteer", path);
        foreach (var warning in warnings) preparation.Report(warning);
        return new Step(resources);
    }

    /// <summary>The per-article step with given resources (tests, tools).</summary>
    internal static IArticleStep StepWith(EntityResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return new Step(resources);
    }

    private sealed class Step(EntityResources resources) : IArticleStep
    {
        public string Version => AlgorithmVersion;

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(article);
            if (!article.IsAnalysable) return article;
            // Without tokens there is nothing to recognise; the tokenization stage reports why.
            if (article.Document is not { } document || document.Tokens.IsEmpty) return article;
            var entities = EntityExtractor.Extract(document, resources, article.Article.Title, article.Article.Headings.AsImmutableArray(), cancellationToken);
            return article with { Entities = entities };
        }
    }
}
