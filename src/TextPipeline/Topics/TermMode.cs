namespace TextPipeline.Topics;

/// <summary>How article words become topic terms; recorded in the model so applying it extracts terms the same way.</summary>
public enum TermMode
{
    /// <summary>Lemmas of nouns, proper nouns, adjectives and verbs from the tokenizer's tagged tokens.</summary>
    Lemma = 0,

    /// <summary>Lower-cased letter-only words with plurals folded (for articles without tagged tokens).</summary>
    Surface = 1,
}
