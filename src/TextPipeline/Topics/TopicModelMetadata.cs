namespace TextPipeline.Topics;

/// <summary>
/// Everything about a trained topic model except the native LDA tables: options, vocabulary, topics with stable ids,
/// labels and scores. Stored as <c>metadata.json</c> inside the model file and written beside it for reading.
/// </summary>
public sealed record TopicModelMetadata
{
    /// <summary>2: <see cref="TermMode.Lemma"/> without verbs (format 1 read as <see cref="TermMode.LemmaWithVerbs"/>).</summary>
    public const int CurrentFormat = 2;

    public int FormatVersion { get; init; } = CurrentFormat;

    public TermMode TermMode { get; init; }

    public int Topics { get; init; }

    public int Seed { get; init; }

    public int Threads { get; init; }

    public int Iterations { get; init; }

    public float AlphaSum { get; init; }

    public float Beta { get; init; }

    public int MinDocumentFrequency { get; init; }

    public double MaxDocumentShare { get; init; }

    public int Documents { get; init; }

    /// <summary>SHA-256 over the sorted ids and input hashes of the training articles.</summary>
    public string CorpusSha256 { get; init; } = "";

    /// <summary>The next topic id to hand out: ids of topics that disappear on retraining are never reused.</summary>
    public int NextId { get; init; }

    public string? PreviousModelSha256 { get; init; }

    public IReadOnlyList<string> Vocabulary { get; init; } = [];

    public IReadOnlyList<string> Display { get; init; } = [];

    public IReadOnlyList<TopicDescription> TopicList { get; init; } = [];

    public TopicScores Scores { get; init; } = new(0, 0);
}

/// <summary>One topic: stable id, the LDA slot it lives in, label, size (articles whose main topic it is), top terms, representative articles.</summary>
public sealed record TopicDescription(
    int Id,
    int Slot,
    string Label,
    int Size,
    IReadOnlyList<TermWeight> Terms,
    IReadOnlyList<string> Representative,
    IptcMatch? Iptc);

/// <summary>A term of a topic: the vocabulary key, the form shown to people, its probability in the topic.</summary>
public sealed record TermWeight(string Key, string Term, double Weight);

/// <summary>The nearest IPTC Media Topic of a topic's terms.</summary>
public sealed record IptcMatch(string Uri, string Label, double Score);

/// <summary>Quality measured on the training corpus (NPMI of top 10 terms, diversity of top 25) and the K curve of --topics auto.</summary>
public sealed record TopicScores(double Npmi, double Diversity)
{
    public IReadOnlyList<TopicCountScore> Curve { get; init; } = [];
}

/// <summary>Held-out coherence of one K tried by --topics auto.</summary>
public sealed record TopicCountScore(int Topics, double Npmi, double Diversity);
