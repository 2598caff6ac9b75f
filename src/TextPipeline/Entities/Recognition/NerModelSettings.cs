namespace TextPipeline.Entities.Recognition;

/// <summary>
/// How a model's features were built; stored in the model so scoring rebuilds exactly the same features.
/// <paramref name="ClustersSha256"/> is the SHA-256 of the word-clusters file the model was trained with (null: no
/// cluster features); <paramref name="UseDocumentCase"/> adds the document-case features (<see cref="DocumentCaseProfile"/>).
/// </summary>
internal sealed record NerModelSettings(int HashBits, bool UsePos, bool UseGazetteer, string? ClustersSha256 = null, bool UseDocumentCase = false);
