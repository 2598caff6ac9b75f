using System.Collections.Immutable;
using System.Text;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// Builds an article's text from verbatim pieces of a source, remembering where each piece came from
/// (<see cref="SourceMap.Segment"/>), and records heading and paragraph spans as they are appended.
/// </summary>
internal sealed class ArticleTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<SourceMap.Segment>.Builder _segments = ImmutableArray.CreateBuilder<SourceMap.Segment>();
    private readonly ImmutableArray<TextSpan>.Builder _headings = ImmutableArray.CreateBuilder<TextSpan>();
    private readonly ImmutableArray<TextSpan>.Builder _paragraphs = ImmutableArray.CreateBuilder<TextSpan>();

    public int Length => _text.Length;

    /// <summary>Appends <paramref name="source"/>[start..start+length) verbatim.</summary>
    public TextSpan Append(string source, int start, int length)
    {
        var span = new TextSpan(_text.Length, length);
        if (length == 0) return span;
        var last = _segments.Count - 1;
        if (last >= 0 && _segments[last].TextStart + _segments[last].Length == _text.Length
            && _segments[last].SourceStart + _segments[last].Length == start)
        {
            _segments[last] = _segments[last] with { Length = _segments[last].Length + length };
        }
        else
        {
            _segments.Add(new SourceMap.Segment(_text.Length, start, length));
        }
        _text.Append(source, start, length);
        return span;
    }

    /// <summary>Appends a separator that has no source (e.g. "\n\n" between blocks taken from different places).</summary>
    public void AppendSeparator(string separator) => _text.Append(separator);

    public void AddHeading(TextSpan span) => _headings.Add(span);

    public void AddParagraph(TextSpan span) => _paragraphs.Add(span);

    public string Text => _text.ToString();

    public ImmutableArray<SourceMap.Segment> Segments => _segments.ToImmutable();

    public ImmutableArray<TextSpan> Headings => _headings.ToImmutable();

    public ImmutableArray<TextSpan> Paragraphs => _paragraphs.ToImmutable();
}
