namespace TextPipeline.Topics;

/// <summary>
/// LightLDA settings. alphaSum 10 with beta 0.1 and 200+ iterations were measured to separate the BBC categories on
/// every seed (the defaults 100/0.01 merge categories); alphaSum below 10 is silently replaced by 100 in ML.NET.
/// </summary>
public sealed record TopicTrainingOptions
{
    public int Topics { get; init; } = 20;

    public int Seed { get; init; }

    public float AlphaSum { get; init; } = 10;

    public float Beta { get; init; } = 0.1f;

    public int Iterations { get; init; } = 200;

    /// <summary>How often the sampler computes the log-likelihood (it only prints it, to the silenced stdout).</summary>
    public int LikelihoodInterval { get; init; } = 1000;

    /// <summary>Native sampler threads. Fixed (not the run's --jobs) because 1 and 2 threads train different models.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Minimum document frequency; null picks 5 for large corpora, less for small ones.</summary>
    public int? MinDocumentFrequency { get; init; }

    public double MaxDocumentShare { get; init; } = 0.5;

    public int TopTerms { get; init; } = 25;

    public int MinDocumentFrequencyFor(int documents) => MinDocumentFrequency ?? Math.Clamp(documents / 200, 2, 5);
}
