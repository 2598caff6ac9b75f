using TextPipeline.Text;

namespace TextPipeline.Tests.Text;

public sealed class ArticleTextTests
{
    [Fact]
    public void Line_positions_handle_LF_CR_and_CRLF()
    {
        var text = ArticleText.From("ab\ncd\r\nef\rg");
        Assert.Equal(4, text.LineCount);
        Assert.Equal(new LinePosition(0, 1), text.GetLinePosition(1));
        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(3));
        Assert.Equal(new LinePosition(2, 1), text.GetLinePosition(8));
        Assert.Equal(new LinePosition(3, 0), text.GetLinePosition(10));
        Assert.Equal(new TextSpan(3, 2), text.GetLineSpan(1));
    }

    [Fact]
    public void Spans_are_half_open_and_empty_spans_overlap_nothing()
    {
        var a = TextSpan.FromBounds(2, 5);
        Assert.True(a.Contains(2));
        Assert.False(a.Contains(5));
        Assert.True(a.OverlapsWith(TextSpan.FromBounds(4, 9)));
        Assert.False(a.OverlapsWith(TextSpan.FromBounds(5, 9)));
        Assert.False(a.OverlapsWith(new TextSpan(3, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 2));
    }

    [Fact]
    public void Texts_compare_by_content_and_have_a_stable_checksum()
    {
        var a = ArticleText.From("Kim Jong Un");
        var b = ArticleText.From("Kim Jong Un");
        Assert.Equal(a, b);
        Assert.Equal(a.Checksum, b.Checksum);
        Assert.Equal(64, a.Checksum.Length);
        Assert.Equal("Jong", a.ToString(new TextSpan(4, 4)));
    }
}
