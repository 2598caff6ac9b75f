namespace TextPipeline.Entities.Recognition;

/// <summary>A tokenized sentence with optional POS tags (UPOS names) and gold IOB2 tags (null when unlabelled).</summary>
internal sealed record NerSentence(string[] Words, string[]? Pos, string[]? Tags)
{
    /// <summary>Index of the document the sentence belongs to in its file (-DOCSTART-, "# newdoc"; each sentence its own when the file marks none).</summary>
    public int Document { get; init; }

    public int Length => Words.Length;
}
