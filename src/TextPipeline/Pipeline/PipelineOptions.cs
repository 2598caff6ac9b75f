namespace TextPipeline.Pipeline;

/// <summary>
/// Options of a <c>run</c> and of an <see cref="ArticleAnalyzer"/>; the defaults are the output contract's (the
/// same as the command line's). Part of every per-article cache key.
/// </summary>
public sealed record PipelineOptions
{
    /// <summary>A trained topic model to apply; null trains one on the input when it is large enough.</summary>
    public string? TopicsModelPath { get; init; }

    /// <summary>Number of topics when training during <c>run</c>; null means "auto".</summary>
    public int? Topics { get; init; }

    /// <summary>Sentences in a summary (<c>--summary-sentences</c>, default 3).</summary>
    public int SummarySentences { get; init; } = 3;

    /// <summary>Summary length as a share of the article's sentences (<c>--summary-ratio</c>); overrides <see cref="SummarySentences"/>.</summary>
    public double? SummaryRatio { get; init; }

    /// <summary>Upper bound on the summary's length in characters (<c>--summary-chars</c>).</summary>
    public int? SummaryChars { get; init; }

    /// <summary>Tags per article (<c>--tags</c>, default 10).</summary>
    public int Tags { get; init; } = 10;

    /// <summary>Related-article links per article (<c>--related</c>, default 5).</summary>
    public int Related { get; init; } = 5;

    /// <summary>A site's tag list (CSV: <c>tag,aliases,id</c>) that maps tags to the site's names and ids (<c>--vocabulary</c>).</summary>
    public string? VocabularyPath { get; init; }

    /// <summary>Which tags to publish (<c>--tags-from</c>), the relevance cut-off and per-kind limits.</summary>
    public Tagging.TagSource TagsFrom { get; init; } = Tagging.TagSource.All;

    public double MinTagRelevance { get; init; } = Tagging.TagOptions.Default.MinRelevance;

    public int MaxEntityTags { get; init; } = Tagging.TagOptions.Default.MaxEntities;

    public int MaxKeyphraseTags { get; init; } = Tagging.TagOptions.Default.MaxKeyphrases;

    public int MaxSubjectTags { get; init; } = Tagging.TagOptions.Default.MaxSubjects;

    public double MinKeyphraseTagScore { get; init; } = Tagging.TagOptions.Default.MinKeyphraseScore;

    /// <summary>A site's gazetteer (CSV: <c>name,type,aliases,id</c>) whose names and ids win over the shipped ones (<c>--gazetteer</c>).</summary>
    public string? GazetteerPath { get; init; }

    /// <summary>Articles analysed in parallel by a run (<c>--jobs</c>); output does not depend on it.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Seed of everything random (topic training); the same input and seed give the same output.</summary>
    public int Seed { get; init; }

    /// <summary>Folder of the per-article cache, or null for none.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// Folder of the site state kept between runs (<see cref="State.StateStore"/>): the topic model, the corpus
    /// statistics and the related-links index; null learns everything from the input on every run.
    /// </summary>
    public string? StateDirectory { get; init; }

    /// <summary>Learn the topic model and the corpus statistics again from the input instead of applying the kept ones.</summary>
    public bool Retrain { get; init; }

    /// <summary>
    /// Folder of model files to use instead of the ones embedded in the library (<c>--models</c>; same file names as
    /// the repository's <c>models/</c>); null uses the embedded models.
    /// </summary>
    public string? ModelsDirectory { get; init; }

    /// <summary>Files larger than this are reported and skipped.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
}
