using TextPipeline.Text;

namespace TextPipeline.Keyphrases;

/// <summary>A keyphrase: its text (as first written), a score in 0..1 (higher is better) and its first occurrence.</summary>
/// <param name="Text">The phrase as first written in the article.</param>
/// <param name="Score">Quality in 0..1, higher is better.</param>
/// <param name="Span">The first occurrence in the article text.</param>
public sealed record Keyphrase(string Text, double Score, TextSpan Span)
{
    /// <summary>How many times the phrase (or an inflection of it) occurs in the article.</summary>
    public int Occurrences { get; init; } = 1;

    /// <summary>
    /// The phrase as a tag names it: common words in lower case and a common-noun head in its singular (lemma) form
    /// ("Sanctions" at a sentence start → "sanction"), names and acronyms as written. Empty when not computed.
    /// </summary>
    public string Name { get; init; } = "";

    /// <summary>
    /// How likely an editor would publish the phrase as a tag (the taggability model's probability, 0..1); the
    /// <see cref="Score"/> when no such model was used.
    /// </summary>
    public double TagScore { get; init; } = -1;

    /// <summary>False for a single word only ever used as a verb, adverb or adjective ("accept", "economic"): fine as a keyphrase, not as a tag.</summary>
    public bool IsNounPhrase { get; init; } = true;
}
