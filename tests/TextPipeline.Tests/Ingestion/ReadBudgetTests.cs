using TextPipeline.Ingestion;

namespace TextPipeline.Tests.Ingestion;

public sealed class ReadBudgetTests
{
    [Fact]
    public async Task Two_files_that_together_exceed_the_budget_are_read_one_after_the_other_and_small_ones_never_wait()
    {
        var budget = new ReadBudget(100);
        var first = budget.Acquire(80);
        using (budget.Acquire(15))
        {
            // 80 + 15 fit: a small file is not held up by a large one.
        }
        var secondTaken = new ManualResetEventSlim();
        var second = Task.Run(() =>
        {
            using (budget.Acquire(1_000)) // larger than the whole budget: waits until it can be read alone
            {
                secondTaken.Set();
            }
        });
        Assert.False(secondTaken.Wait(300), "the second large file was read beside the first");
        first.Dispose();
        Assert.True(secondTaken.Wait(5_000), "the second large file was never read");
        await second;
    }

    [Fact]
    public void An_html_page_past_8_MiB_is_read_up_to_its_last_tag_before_the_limit_and_the_cut_reported()
    {
        var paragraph = "<p>The council approved the harbour plan after a long debate about costs and jobs.</p>\n";
        var html = "<html><head><title>Huge page</title></head><body><article>" + string.Concat(Enumerable.Repeat(paragraph, 9 * 1024 * 1024 / paragraph.Length + 1)) + "</article></body></html>";
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        var corpus = new Ingestor(bytes.Length + 1).Read(ArticleSource.FromBytes(bytes, SourceFormat.Html, "huge"));
        var article = Assert.Single(corpus.Articles);
        Assert.StartsWith("The council approved the harbour plan", article.Text.ToString().TrimStart(), StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, d => d.Id == "TP1026" && d.Message.Contains($"the page has {bytes.Length:N0} bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_large_text_file_is_cut_from_its_first_bytes_with_the_file_size_in_the_diagnostic()
    {
        var line = "Sentence of a very long report about harbours and ships, repeated.\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes("Long report\n\n" + string.Concat(Enumerable.Repeat(line, 60_000)));
        Assert.True(bytes.Length > 4 * ArticleLimits.MaxSourceChars);
        var prefix = ArticleLimits.SourcePrefix(bytes);
        Assert.True(prefix.Length <= 4 * ArticleLimits.MaxSourceChars);
        Assert.Equal((byte)'\n', prefix[^1]);

        var corpus = new Ingestor(bytes.Length + 1).Read(ArticleSource.FromBytes(bytes, SourceFormat.Text, "long"));
        var article = Assert.Single(corpus.Articles);
        Assert.True(article.Text.Length <= ArticleLimits.MaxChars);
        var cut = Assert.Single(article.Diagnostics, d => d.Id == "TP1026");
        Assert.Contains($"the file has {bytes.Length:N0} bytes", cut.Message, StringComparison.Ordinal);
    }
}
