using System.Collections.Immutable;
using System.Globalization;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// The size limit of one article's text. The longest news features run to about 100,000 characters; analysis
/// memory grows with the text (about 70 bytes per character through all stages), so a text is cut at
/// <see cref="MaxChars"/>, at the last paragraph or line break before it, and the cut is reported.
/// </summary>
internal static class ArticleLimits
{
    public const int MaxChars = 200_000;

    public static (string Text, ImmutableArray<TextSpan> Headings, ImmutableArray<TextSpan> Paragraphs) Apply(
        string text, ImmutableArray<TextSpan> headings, ImmutableArray<TextSpan> paragraphs, out string? cut)
    {
        cut = null;
        if (text.Length <= MaxChars) return (text, headings, paragraphs);
        var end = text.LastIndexOf('\n', MaxChars - 1);
        if (end < MaxChars / 2) end = MaxChars;
        cut = string.Create(CultureInfo.InvariantCulture, $"the text has {text.Length:N0} characters; only the first {end:N0} (up to the last line break before {MaxChars:N0}) are analysed");
        return (text[..end], Clip(headings, end), Clip(paragraphs, end));
    }

    private static ImmutableArray<TextSpan> Clip(ImmutableArray<TextSpan> spans, int end) =>
        [.. spans.Where(s => s.Start < end).Select(s => s.End <= end ? s : TextSpan.FromBounds(s.Start, end))];
}
