using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace TextPipeline.Text;

/// <summary>
/// Immutable article text, decoded once (Roslyn's SourceText idea). Every token, sentence, entity mention,
/// keyphrase and summary sentence is a <see cref="TextSpan"/> into it; nothing ever edits it.
/// Line starts are computed lazily; a line ends at LF, CR or CRLF.
/// </summary>
public sealed class ArticleText : IEquatable<ArticleText>
{
    private readonly string _text;
    private ImmutableArray<int> _lineStarts;
    private string? _checksum;

    private ArticleText(string text) => _text = text;

    public static ArticleText Empty { get; } = new(string.Empty);

    public static ArticleText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? Empty : new ArticleText(text);
    }

    public int Length => _text.Length;

    public char this[int position] => _text[position];

    public ReadOnlySpan<char> AsSpan() => _text.AsSpan();

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> AsSpan(TextSpan span) => _text.AsSpan(span.Start, span.Length);

    /// <summary>The characters of <paramref name="span"/> as memory.</summary>
    public ReadOnlyMemory<char> AsMemory(TextSpan span) => _text.AsMemory(span.Start, span.Length);

    /// <summary>The text of <paramref name="span"/> as a string.</summary>
    public string ToString(TextSpan span) => _text.Substring(span.Start, span.Length);

    public override string ToString() => _text;

    public bool Equals(ArticleText? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ArticleText);

    public override int GetHashCode() => string.GetHashCode(_text, StringComparison.Ordinal);

    /// <summary>Lower-case hex SHA-256 of the UTF-8 encoding of the text.</summary>
    public string Checksum => _checksum ??= Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_text)));

    public ImmutableArray<int> LineStarts
    {
        get
        {
            if (_lineStarts.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _lineStarts, ComputeLineStarts(_text));
            }
            return _lineStarts;
        }
    }

    public int LineCount => LineStarts.Length;

    public LinePosition GetLinePosition(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, _text.Length);
        var starts = LineStarts;
        var index = starts.BinarySearch(position);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, position - starts[line]);
    }

    /// <summary>The span of a line without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var starts = LineStarts;
        var start = starts[line];
        var end = line + 1 < starts.Length ? starts[line + 1] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }
        return TextSpan.FromBounds(start, end);
    }

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        var builder = ImmutableArray.CreateBuilder<int>();
        builder.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                builder.Add(i + 1);
            }
            else if (c == '\n')
            {
                builder.Add(i + 1);
            }
        }
        return builder.ToImmutable();
    }
}
