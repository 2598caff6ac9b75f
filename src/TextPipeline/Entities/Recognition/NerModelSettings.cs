namespace TextPipeline.Entities.Recognition;

/// <summary>How a model's features were built; stored in the model so scoring rebuilds exactly the same features.</summary>
public sealed record NerModelSettings(int HashBits, bool UsePos, bool UseGazetteer);
