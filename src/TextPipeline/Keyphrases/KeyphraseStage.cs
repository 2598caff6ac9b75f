using System.Collections.Immutable;
using TextPipeline.Diagnostics;
using TextPipeline.Pipeline;
using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>
/// The keyphrase stage. IDF comes from the corpus being analysed when it has at least <see cref="MinCorpusForIdf"/>
/// articles (the fit), else from the shipped background table (also what a single article gets); each article is
/// then scored on its own, so the result does not depend on threads.
/// </summary>
public sealed class KeyphraseStage : ICorpusStage
{
    /// <summary>Below this many articles, document frequencies are noise: the background table is used.</summary>
    public const int MinCorpusForIdf = 5;

    /// <summary>The algorithm's version (part of cache keys).</summary>
    public const string AlgorithmVersion = "2";

    public string Name => "keyphrases";

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => KeyphraseDiagnostics.All;

    public ICorpusStep Prepare(StagePreparation preparation)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        var background = preparation.UseModel(DocumentFrequencies.LoadBackground, DocumentFrequencies.ModelFileName);
        return new CorpusStep(background);
    }

    /// <summary>Keyphrases of one article with the given document frequencies.</summary>
    internal static ArticleAnalysis ProcessArticle(ArticleAnalysis article, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(frequencies);
        if (!article.IsAnalysable) return article;
        if (article.Document is not { } document)
        {
            if (article.Article.Text.Length == 0) return article;
            return article.AddDiagnostics([Diagnostic.Create(KeyphraseDiagnostics.NotTokenized, article.Article.Path, null, article.Id)]);
        }
        var keyphrases = KeyphraseExtractor.Extract(document, article.Article, article.Entities.AsSpan(), frequencies);
        return article with { Keyphrases = keyphrases.ToEquatableArray() };
    }

    /// <summary>The state entry that keeps the corpus's document frequencies between runs.</summary>
    public const string StateEntry = "keyphrases.frequencies";

    private sealed class CorpusStep(DocumentFrequencies background) : ICorpusStep
    {
        public string Version => AlgorithmVersion;

        public IArticleStep Standalone { get; } = new Step(background, "background:" + background.Fingerprint[..12]);

        public CorpusFit Fit(CorpusAnalysis corpus, CorpusContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(corpus);
            var documents = corpus.Articles.Select(a => a.Document).OfType<Document>().ToList();
            if (documents.Count < MinCorpusForIdf) return Fitted(background, Standalone, null);
            var frequencies = DocumentFrequencies.Build(documents);
            return Fitted(frequencies, new Step(frequencies, frequencies.Fingerprint[..12]), frequencies.ToBytes());
        }

        public CorpusFit? Restore(IReadOnlyDictionary<string, byte[]> state, bool retrain)
        {
            if (retrain || !state.TryGetValue(StateEntry, out var bytes)) return null;
            var frequencies = DocumentFrequencies.FromBytes(bytes);
            return Fitted(frequencies, new Step(frequencies, frequencies.Fingerprint[..12]), null);
        }

        /// <summary>The step, and the statistics for the stages after it (related links weigh words with them too).</summary>
        private static CorpusFit Fitted(DocumentFrequencies frequencies, IArticleStep step, byte[]? keep) => new(step)
        {
            Complete = corpus => corpus with { Frequencies = frequencies },
            State = keep is null ? ImmutableDictionary<string, byte[]?>.Empty : ImmutableDictionary<string, byte[]?>.Empty.Add(StateEntry, keep),
        };
    }

    private sealed class Step(DocumentFrequencies frequencies, string source) : IArticleStep
    {
        public string Version => $"{AlgorithmVersion}+idf:{source}";

        public ArticleAnalysis Process(ArticleAnalysis article, CancellationToken cancellationToken) => ProcessArticle(article, frequencies);
    }
}

public static class KeyphraseStageExtensions
{
    public static AnalysisPipelineBuilder UseKeyphrases(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new KeyphraseStage());
    }
}
