namespace TextPipeline.Tokenization.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (an integer-id line).</summary>
internal sealed record ConlluWord(string Form, string Lemma, string UPos, string XPos, string Misc);

/// <summary>
/// A surface token: one word, or a multiword token (range line <c>1-2</c>) covering several words.
/// <see cref="SpaceAfter"/> comes from the MISC column of the token (range line for multiword tokens).
/// </summary>
internal sealed record ConlluToken(string Form, int FirstWord, int WordCount, bool SpaceAfter);

/// <summary>A CoNLL-U sentence with its comments, surface tokens and words (empty nodes skipped).</summary>
internal sealed record ConlluSentence(
    string? SentId,
    string? Text,
    bool NewDocument,
    bool NewParagraph,
    IReadOnlyList<ConlluToken> Tokens,
    IReadOnlyList<ConlluWord> Words);
