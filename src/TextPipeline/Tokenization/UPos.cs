namespace TextPipeline.Tokenization;

/// <summary>Universal Dependencies part-of-speech tags (UPOS). <see cref="X"/> also means "not tagged".</summary>
public enum UPos : byte
{
    X = 0,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
}
