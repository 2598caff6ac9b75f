using TextPipeline.Linking;

namespace TextPipeline.Tests.Linking;

public sealed class ShinglesTests
{
    [Fact]
    public void Case_punctuation_and_spacing_do_not_change_the_shingles()
    {
        var a = Shingles.Of("The Bank of England held rates, at 4.75%.", 5);
        var b = Shingles.Of("the bank  of england held rates at 4 75", 5);
        Assert.Equal(a, b);
        Assert.Equal(1.0, Shingles.Jaccard(a, b));
    }

    [Fact]
    public void Jaccard_is_exact_on_sorted_sets()
    {
        Assert.Equal(0.5, Shingles.Jaccard([1, 2, 3], [2, 3, 4]), 10);
        Assert.Equal(0.0, Shingles.Jaccard([], [1]));
    }

    [Fact]
    public void Signatures_agree_in_about_the_jaccard_share_of_positions()
    {
        var words = Enumerable.Range(0, 400).Select(i => "w" + i).ToArray();
        var a = Shingles.Of(string.Join(' ', words), 5);
        var edited = (string[])words.Clone();
        for (var i = 0; i < 400; i += 40) edited[i] = "x" + i;
        var b = Shingles.Of(string.Join(' ', edited), 5);
        var jaccard = Shingles.Jaccard(a, b);
        var (sa, sb) = (Shingles.Signature(a), Shingles.Signature(b));
        var agree = sa.Zip(sb).Count(p => p.First == p.Second) / (double)sa.Length;
        Assert.InRange(agree, jaccard - 0.15, jaccard + 0.15);
    }
}
