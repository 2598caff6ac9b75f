using System.Collections.Immutable;
using TextPipeline.Text;

namespace TextPipeline.Ingestion;

/// <summary>
/// Maps positions in an article's text back to line/column in its input file. The article text is made of
/// verbatim pieces of the decoded input (or of the text extracted from HTML), each piece a <see cref="Segment"/>.
/// </summary>
public sealed class SourceMap
{
    private readonly ImmutableArray<Segment> _segments;
    private readonly ImmutableArray<int> _sourceLineStarts;
    private readonly int _lineOffset;

    /// <param name="segments">Pieces sorted by <see cref="Segment.TextStart"/>.</param>
    /// <param name="sourceLineStarts">Line starts of the source the segments point into.</param>
    /// <param name="lineOffset">Lines before the source in the file (records inside JSONL/CSV files).</param>
    public SourceMap(ImmutableArray<Segment> segments, ImmutableArray<int> sourceLineStarts, int lineOffset = 0)
    {
        _segments = segments;
        _sourceLineStarts = sourceLineStarts;
        _lineOffset = lineOffset;
    }

    /// <summary>The pieces, for serializers (shard partials carry source maps to the merge).</summary>
    internal ImmutableArray<Segment> Segments => _segments;

    /// <summary>Line starts of the source the segments point into.</summary>
    internal ImmutableArray<int> SourceLineStarts => _sourceLineStarts;

    /// <summary>Lines before the source in the file.</summary>
    internal int LineOffset => _lineOffset;

    /// <summary>A source map for a record whose position in the file is known only as a line.</summary>
    public static SourceMap ForLine(int line) => new([], [0], line);

    public readonly record struct Segment(int TextStart, int SourceStart, int Length);

    /// <summary>The zero-based position in the input file of a text position.</summary>
    public LinePosition Map(int textPosition)
    {
        if (_segments.IsDefaultOrEmpty)
        {
            return new LinePosition(_lineOffset, 0);
        }
        var lo = 0;
        var hi = _segments.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_segments[mid].TextStart <= textPosition) lo = mid; else hi = mid - 1;
        }
        var seg = _segments[lo];
        var source = seg.SourceStart + Math.Clamp(textPosition - seg.TextStart, 0, seg.Length);
        var index = _sourceLineStarts.BinarySearch(source);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + _lineOffset, source - _sourceLineStarts[line]);
    }
}
