namespace TextPipeline.Topics;

/// <summary>How article words become topic terms; recorded in the model so applying it extracts terms the same way.</summary>
public enum TermMode
{
    /// <summary>Lemmas of nouns, proper nouns and adjectives from the tokenizer's tagged tokens.</summary>
    Lemma = 0,

    /// <summary>Lower-cased letter-only words with plurals folded (for articles without tagged tokens).</summary>
    Surface = 1,

    /// <summary>
    /// Lemmas of nouns, proper nouns, adjectives and verbs: the lemma terms of format-1 models (before 2026-11-27),
    /// kept so those models are applied with the terms they were trained on.
    /// </summary>
    LemmaWithVerbs = 2,
}
