namespace TextPipeline.Lexicon.Training;

/// <summary>Clustered words (most frequent first) with their paths, and what the training saw.</summary>
internal sealed record BrownClusterResult(
    IReadOnlyList<(string Word, ClusterPath Path, long Count)> Entries,
    long Tokens,
    long Bigrams,
    int Clusters,
    int Iterations,
    int MaxDepth,
    double AverageMutualInformation);
