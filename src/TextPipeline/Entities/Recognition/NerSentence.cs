namespace TextPipeline.Entities.Recognition;

/// <summary>A tokenized sentence with optional POS tags (UPOS names) and gold IOB2 tags (null when unlabelled).</summary>
internal sealed record NerSentence(string[] Words, string[]? Pos, string[]? Tags)
{
    public int Length => Words.Length;
}
