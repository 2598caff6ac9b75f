using TextPipeline.Ingestion;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Ingestion;

public sealed class PlainTextStructureTests
{
    private static Article Read(string content, string name = "a.txt")
    {
        using var dir = new TempDir();
        var path = dir.File(name, content);
        var format = InputFile.FormatOf(name)!.Value;
        return Assert.Single(new ArticleReader().Read(new InputFile(path, name, name, format.Format, format.Gzipped)).Articles);
    }

    [Fact]
    public void First_line_is_the_title_when_it_looks_like_one()
    {
        var a = Read("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.\n\nIts profits were buoyed by one-off gains.\n");
        Assert.Equal("Ad sales boost Time Warner profit", a.Title);
        Assert.StartsWith("Quarterly profits", a.Text.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Empty(a.Headings);
    }

    [Fact]
    public void Hard_wrapped_lines_form_one_paragraph()
    {
        var a = Read("Title of the story\n\nThis paragraph was wrapped by an old\nnewsroom system at forty characters\nand ends here.\n\nSecond paragraph.\n");
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.EndsWith("ends here.", a.Text.ToString(a.Paragraphs[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_mentioning_latest_news_is_not_chrome()
    {
        var a = Read("Title here\n\nThe latest news from the front is that the talks have failed again, officials in both capitals said on Monday evening after a long meeting.\n");
        Assert.Contains("latest news", a.Text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(a.Diagnostics, d => d.Id == "TP1004");
    }

    [Fact]
    public void Share_lines_and_bylines_are_removed_and_the_author_is_kept()
    {
        var a = Read("Big story\n\nBy Jane Smith\n\nThe first paragraph of the story is here.\n\nShare on Facebook\n\nThe second paragraph follows.\n");
        Assert.Equal("Jane Smith", a.Metadata.Author);
        var text = a.Text.ToString();
        Assert.DoesNotContain("Share on Facebook", text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Jane", text, StringComparison.Ordinal);
        Assert.Contains("second paragraph", text, StringComparison.Ordinal);
        Assert.Contains(a.Diagnostics, d => d.Id == "TP1004");
    }

    [Fact]
    public void Markdown_markers_are_left_out_and_spans_point_at_words()
    {
        var a = Read("---\ntitle: Front title\npublished: 2024-02-03\n---\n# Front title\n\nSome **bold** words and a [link](http://x.y).\n\n## A section\n\n- item one\n", "m.md");
        Assert.Equal("Front title", a.Title);
        Assert.Equal("2024-02-03", a.Metadata.Published);
        var text = a.Text.ToString();
        Assert.Contains("Some bold words and a link.", text, StringComparison.Ordinal);
        Assert.Equal("A section", a.Text.ToString(Assert.Single(a.Headings)));
        Assert.DoesNotContain("#", text, StringComparison.Ordinal);
        Assert.DoesNotContain("http://x.y", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Future_dates_are_rejected()
    {
        var a = Read("{\"title\":\"T\",\"published\":\"2999-01-01\",\"body\":\"Text of the article.\"}", "f.json");
        Assert.Null(a.Metadata.Published);
        Assert.Contains(a.Diagnostics, d => d.Id == "TP1014");
    }
}
