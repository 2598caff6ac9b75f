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

    /// <summary>
    /// Source text of a plain-text or Markdown article parsed at most: twice <see cref="MaxChars"/> leaves room for
    /// removed chrome, and a 64 MB file is not split into millions of lines only to be cut afterwards.
    /// </summary>
    public const int MaxSourceChars = 2 * MaxChars;

    /// <summary>The source cut at its last line break before <see cref="MaxSourceChars"/>.</summary>
    public static string CutSource(string source)
    {
        if (source.Length <= MaxSourceChars) return source;
        var end = source.LastIndexOf('\n', MaxSourceChars - 1);
        return source[..(end < MaxSourceChars / 2 ? MaxSourceChars : end + 1)];
    }

    /// <summary>
    /// The bytes of a plain-text or Markdown file worth decoding: enough for <see cref="MaxSourceChars"/> characters
    /// (at most 4 bytes each in UTF-8), cut after a line feed. A 64 MB file then never becomes a 128 MB string. The
    /// whole file is decoded when it is small, or may be UTF-16 (a byte-order mark or NUL bytes near its start), where
    /// a byte cut could split a character.
    /// </summary>
    public static ReadOnlySpan<byte> SourcePrefix(ReadOnlySpan<byte> bytes) => Prefix(bytes, 4 * MaxSourceChars);

    /// <summary>
    /// HTML read at most: 8 MiB, eight times the largest page of the article-extraction benchmark (1.1 MB); a page
    /// past it is cut after a tag or line end (HTML parsing is forgiving), and the cut is reported.
    /// </summary>
    public const int MaxHtmlBytes = 8 << 20;

    /// <summary>The bytes of an HTML page worth parsing (see <see cref="MaxHtmlBytes"/>).</summary>
    public static ReadOnlySpan<byte> HtmlPrefix(ReadOnlySpan<byte> bytes) => Prefix(bytes, MaxHtmlBytes);

    private static ReadOnlySpan<byte> Prefix(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        if (bytes.Length <= maxBytes) return bytes;
        if (bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] || bytes[..8192].Contains((byte)0)) return bytes;
        var end = bytes[..maxBytes].LastIndexOfAny((byte)'\n', (byte)'>');
        return end < maxBytes / 2 ? bytes : bytes[..(end + 1)];
    }

    public static (string Text, ImmutableArray<TextSpan> Headings, ImmutableArray<TextSpan> Paragraphs) Apply(
        string text, ImmutableArray<TextSpan> headings, ImmutableArray<TextSpan> paragraphs, out string? cut, long sourceBytes = 0)
    {
        cut = null;
        if (text.Length <= MaxChars)
        {
            if (sourceBytes > 0) cut = string.Create(CultureInfo.InvariantCulture, $"the file has {sourceBytes:N0} bytes; only the first {text.Length:N0} characters of its text are analysed");
            return (text, headings, paragraphs);
        }
        var end = text.LastIndexOf('\n', MaxChars - 1);
        if (end < MaxChars / 2) end = MaxChars;
        cut = sourceBytes > 0
            ? string.Create(CultureInfo.InvariantCulture, $"the file has {sourceBytes:N0} bytes; only the first {end:N0} characters of its text (up to the last line break before {MaxChars:N0}) are analysed")
            : string.Create(CultureInfo.InvariantCulture, $"the text has {text.Length:N0} characters; only the first {end:N0} (up to the last line break before {MaxChars:N0}) are analysed");
        return (text[..end], Clip(headings, end), Clip(paragraphs, end));
    }

    private static ImmutableArray<TextSpan> Clip(ImmutableArray<TextSpan> spans, int end) =>
        [.. spans.Where(s => s.Start < end).Select(s => s.End <= end ? s : TextSpan.FromBounds(s.Start, end))];
}
