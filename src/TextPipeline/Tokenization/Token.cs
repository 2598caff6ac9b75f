using TextPipeline.Text;

namespace TextPipeline.Tokenization;

/// <summary>
/// One token: a span of the article text plus attributes. The text itself is never changed; <see cref="Norm"/>
/// (lower-cased, normalised form) and <see cref="Lemma"/> are attributes. <see cref="Lemma"/> and <see cref="Norm"/>
/// are empty until the tagging step has run.
/// </summary>
public readonly record struct Token(
    TextSpan Span,
    TokenKind Kind,
    UPos Pos,
    string Lemma,
    string Norm,
    bool IsStop,
    bool SpaceAfter);
