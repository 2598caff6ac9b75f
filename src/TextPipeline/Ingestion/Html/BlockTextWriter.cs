using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using TextPipeline.Text;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// Turns content elements into article text: one block per paragraph, heading, list item, quote or pre, joined by
/// "\n\n", whitespace collapsed, with a source segment wherever the text's origin element changes. Containers that look
/// like chrome inside the content (link lists, share bars, captions) and boilerplate lines are left out and counted.
/// </summary>
internal sealed class BlockTextWriter
{
    private readonly ElementStats _stats;
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _block = new();
    private readonly List<SourceMap.Segment> _blockSegments = [];
    private readonly ImmutableArray<SourceMap.Segment>.Builder _segments = ImmutableArray.CreateBuilder<SourceMap.Segment>();
    private readonly ImmutableArray<TextSpan>.Builder _headings = ImmutableArray.CreateBuilder<TextSpan>();
    private readonly ImmutableArray<TextSpan>.Builder _paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
    private bool _pendingSpace;
    private bool _blockIsHeading;
    private string _blockTag = "";
    private int _blockLinkChars;
    private int _blockChars;
    private IElement? _lastSource;

    private readonly string? _title;

    /// <param name="title">The page's title: a heading repeating it inside the body is the headline, not body text.</param>
    public BlockTextWriter(ElementStats stats, string? title)
    {
        _stats = stats;
        _title = title;
    }

    public int RemovedBlocks { get; private set; }

    public string Text => _text.ToString();

    public ImmutableArray<SourceMap.Segment> Segments => _segments.ToImmutable();

    public ImmutableArray<TextSpan> Headings => _headings.ToImmutable();

    public ImmutableArray<TextSpan> Paragraphs => _paragraphs.ToImmutable();

    public void Write(IElement root)
    {
        Visit(root, insideLink: false, depth: 0, blockTag: root.LocalName);
        FlushBlock();
    }

    private void Visit(IElement element, bool insideLink, int depth, string blockTag)
    {
        var tag = element.LocalName;
        if (tag == "br")
        {
            FlushBlock();
            return;
        }
        var isBlock = MainContentLocator.IsBlock(tag);
        if (isBlock && IsChromeContainer(element))
        {
            FlushBlock();
            RemovedBlocks++;
            return;
        }
        if (isBlock) FlushBlock();
        if (tag is "h2" or "h3" or "h4" or "h5" or "h6") _blockIsHeading = true;
        insideLink |= tag == "a";
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                if (depth < ElementStats.MaxDepth) Visit(e, insideLink, depth + 1, isBlock ? tag : blockTag);
            }
            else if (child.NodeType == NodeType.Text)
            {
                Append(child.TextContent, element, insideLink, isBlock ? tag : blockTag);
            }
        }
        if (isBlock) FlushBlock();
    }

    /// <summary>Chrome nested inside the content: negative class hints, link lists, captions, headline repeats.</summary>
    private bool IsChromeContainer(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "h1" or "figcaption" or "figure" or "header" or "footer" or "nav" or "aside" or "form") return true;
        var m = _stats[element];
        if (m.TextChars == 0) return false;
        var weight = BoilerplateHints.ClassWeight(element);
        if (tag is "ul" or "ol") return m.LinkDensity > 0.5 || (weight < 0 && m.LinkDensity > 0.2);
        if (tag is "div" or "section" or "table" or "dl")
        {
            if (weight < 0 && m.Commas < 10) return true;
            if (m.Commas < 10 && ((weight < 25 && m.LinkDensity > 0.33) || m.LinkDensity > 0.5)) return true;
        }
        return false;
    }

    private void Append(string data, IElement source, bool insideLink, string blockTag)
    {
        foreach (var ch in data)
        {
            if (char.IsWhiteSpace(ch))
            {
                _pendingSpace = true;
                continue;
            }
            if (ch is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
            if (_block.Length == 0) _blockTag = blockTag;
            if (_pendingSpace && _block.Length > 0) _block.Append(' ');
            _pendingSpace = false;
            if (!ReferenceEquals(source, _lastSource))
            {
                _lastSource = source;
                var at = _block.Length;
                var position = source.SourceReference?.Position.Index ?? 0;
                if (_blockSegments.Count > 0 && _blockSegments[^1].TextStart == at) _blockSegments[^1] = new(at, position, 0);
                else _blockSegments.Add(new(at, position, 0));
            }
            _block.Append(ch);
            _blockChars++;
            if (insideLink) _blockLinkChars++;
        }
    }

    private void FlushBlock()
    {
        if (_block.Length > 0)
        {
            var content = _block.ToString();
            if ((_blockIsHeading && string.Equals(content, _title, StringComparison.OrdinalIgnoreCase)) || BoilerplateLines.IsBoilerplate(content, _blockChars, _blockLinkChars, _blockIsHeading, _blockTag == "p"))
            {
                RemovedBlocks++;
            }
            else
            {
                if (_text.Length > 0) _text.Append("\n\n");
                var start = _text.Length;
                foreach (var s in _blockSegments) _segments.Add(s with { TextStart = start + s.TextStart });
                _text.Append(content);
                (_blockIsHeading ? _headings : _paragraphs).Add(new TextSpan(start, content.Length));
            }
        }
        _block.Clear();
        _blockSegments.Clear();
        _pendingSpace = false;
        _blockIsHeading = false;
        _blockLinkChars = 0;
        _blockChars = 0;
        _lastSource = null;
    }
}
