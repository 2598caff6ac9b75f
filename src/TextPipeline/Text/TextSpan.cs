namespace TextPipeline.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in an <see cref="ArticleText"/>.
/// Empty spans do not overlap anything; spans sort by start, then by length.
/// </summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    /// <summary>The span of <paramref name="length"/> code units from <paramref name="start"/>.</summary>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>Position of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Number of code units.</summary>
    public int Length { get; }

    /// <summary>Position just after the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>True when the span has no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The span <c>[start, end)</c>.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="position"/> is inside the span.</summary>
    public bool Contains(int position) => unchecked((uint)(position - Start) < (uint)Length);

    /// <summary>True when <paramref name="span"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the spans share at least one position; empty spans never overlap.</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>Orders by start, then by length.</summary>
    public int CompareTo(TextSpan other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Length.CompareTo(other.Length);
    }

    /// <summary><c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
