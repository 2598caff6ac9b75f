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
    bool SpaceAfter)
{
    /// <summary>The tokenizer rule that made this token (the <c>explain</c> view).</summary>
    public Rules.TokenRule Rule { get; init; }

    /// <summary>
    /// True for the second and later words of one written token (<c>n't</c> of <c>don't</c>, <c>'s</c> of
    /// <c>Bush's</c>): UD's multiword tokens.
    /// </summary>
    public bool ContinuesToken => Rule == Rules.TokenRule.Clitic;

    /// <summary>spaCy-style shape of the text: <c>Xxxx</c>, <c>dd</c>, <c>X.X.</c>.</summary>
    public static string ShapeOf(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Tagging.WordShape.MaxLength];
        return NormCache.Intern(buffer[..Tagging.WordShape.Write(text, buffer)]);
    }
}
