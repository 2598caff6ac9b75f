namespace TextPipeline.Entities.Training;

/// <summary>Settings of one <c>train ner</c> run; every field is recorded in models/README.md for reproduction.</summary>
internal sealed record NerTrainingOptions
{
    public IReadOnlyList<string> Types { get; init; } = ["PER", "ORG", "LOC"];

    public int HashBits { get; init; } = 20;

    public float L1 { get; init; } = 1f;

    public float L2 { get; init; } = 1f;

    public int Iterations { get; init; } = 200;

    public int HistorySize { get; init; } = 8;

    public bool UsePos { get; init; }

    /// <summary>Add how the rest of each document writes a word (<see cref="Recognition.DocumentCaseProfile"/>).</summary>
    public bool UseDocumentCase { get; init; }

    public int Seed { get; init; } = 1;
}
