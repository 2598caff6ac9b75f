using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;

namespace TextPipeline.Subjects;

/// <summary>
/// The subject stage (after topics, before tags): gives each article its IPTC Media Topics with
/// <see cref="SubjectModel.Assign"/>. The model is read once per run (so a missing model is reported once); each
/// article is then classified from its own text alone (<see cref="ProcessArticle"/>).
/// </summary>
public sealed class SubjectStage : ICorpusStage
{
    public string Name => "subjects";

    public string Version => "1";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SubjectDiagnostics.All;

    public ImmutableArray<ModelInfo> ModelsUsed(StageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. new[] { ModelFiles.Describe(SubjectModel.ModelFileName, context.ModelsDirectory) }.OfType<ModelInfo>()];
    }

    public CorpusAnalysis Process(CorpusAnalysis corpus, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(context);
        var (model, error) = LoadModel(context.ModelsDirectory);
        if (model is null)
        {
            var where = ModelLocator.FindModel(SubjectModel.ModelFileName, context.ModelsDirectory) ?? SubjectModel.ModelFileName;
            return corpus with { Diagnostics = corpus.Diagnostics.Add(Diagnostic.Create(SubjectDiagnostics.ModelUnavailable, null, null, null, where, error)) };
        }
        var results = new ArticleAnalysis[corpus.Articles.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.Jobs), CancellationToken = cancellationToken };
        Parallel.For(0, results.Length, parallel, i => results[i] = ProcessArticle(corpus.Articles[i], model));
        return corpus with { Articles = [.. results] };
    }

    /// <summary>One article's subjects, from its own tokens and title.</summary>
    public static ArticleAnalysis ProcessArticle(ArticleAnalysis article, SubjectModel model, SubjectSelection? selection = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(model);
        if (article.Document is not { } document || document.Tokens.IsEmpty) return article;
        var title = article.Article.Title;
        var keywords = model.Keywords.Count(SubjectKeywords.Words(title), SubjectKeywords.Words(article.Article.Text.ToString()));
        var subjects = model.Assign(SubjectFeatures.Count(document, title), keywords, selection);
        return article with { Subjects = subjects.ToEquatableArray() };
    }

    /// <summary>The shipped model from <paramref name="modelsDirectory"/> (or the default models folder), or why not.</summary>
    public static (SubjectModel? Model, string? Error) LoadModel(string? modelsDirectory)
    {
        var path = ModelLocator.FindModel(SubjectModel.ModelFileName, modelsDirectory);
        if (path is null) return (null, "the file was not found in the models folder");
        try
        {
            using var stream = File.OpenRead(path);
            return (SubjectModel.Load(stream), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or OverflowException or IndexOutOfRangeException or ArgumentException)
        {
            return (null, e.Message);
        }
    }
}

public static class SubjectStageExtensions
{
    public static AnalysisPipelineBuilder UseSubjects(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new SubjectStage());
    }
}
