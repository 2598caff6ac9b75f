namespace TextPipeline.Pipeline;

/// <summary>Options of a <c>run</c>; defaults are the contract's. Part of every per-article cache key.</summary>
public sealed record PipelineOptions
{
    /// <summary>A trained topic model to apply; null trains one on the input when it is large enough.</summary>
    public string? TopicsModelPath { get; init; }

    /// <summary>Number of topics when training during <c>run</c>; null means "auto".</summary>
    public int? Topics { get; init; }

    public int SummarySentences { get; init; } = 3;

    public double? SummaryRatio { get; init; }

    public int? SummaryChars { get; init; }

    public int Tags { get; init; } = 10;

    public int Related { get; init; } = 5;

    public string? VocabularyPath { get; init; }

    /// <summary>Which tags to publish (<c>--tags-from</c>), the relevance cut-off and per-kind limits.</summary>
    public Tagging.TagSource TagsFrom { get; init; } = Tagging.TagSource.All;

    public double MinTagRelevance { get; init; } = Tagging.TagOptions.Default.MinRelevance;

    public int MaxEntityTags { get; init; } = Tagging.TagOptions.Default.MaxEntities;

    public int MaxKeyphraseTags { get; init; } = Tagging.TagOptions.Default.MaxKeyphrases;

    public int MaxSubjectTags { get; init; } = Tagging.TagOptions.Default.MaxSubjects;

    public double MinKeyphraseTagScore { get; init; } = Tagging.TagOptions.Default.MinKeyphraseScore;

    public string? GazetteerPath { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public int Seed { get; init; }

    /// <summary>Folder of the per-article cache, or null for none.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Folder holding the shipped models (<c>models/</c>); null finds it next to the program or the repo.</summary>
    public string? ModelsDirectory { get; init; }

    /// <summary>Files larger than this are reported and skipped.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
}
