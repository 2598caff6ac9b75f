using TextPipeline.Ingestion.Html;
using Xunit;

namespace TextPipeline.Tests.Ingestion.Html;

public sealed class HtmlArticleExtractorTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html><head><title>Council approves new bridge | Daily Example</title></head>
        <body>
          <header class="site-header"><a href="/">Daily Example</a></header>
          <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
          <main>
            <article class="story">
              <h1>Council approves new bridge</h1>
              <div class="byline">By Jane Reporter | 12,345 views</div>
              <div class="story-body">
                <p>The city council voted on Tuesday to approve a new pedestrian bridge over the river, ending a decade of debate.</p>
                <p>Construction is expected to begin next spring, and the bridge should open to walkers and cyclists in 2028.</p>
                <h2>Costs and funding</h2>
                <p>The project will cost about 14 million pounds, shared between the city, the region and a national transport fund.</p>
                <p>Opponents argued that the money would be better spent on repairing existing roads, but the motion passed easily.</p>
              </div>
              <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
            </article>
            <section class="related-news">
              <h3>Related News</h3>
              <ul>
                <li><a href="/a">Mayor opens new library in the old town hall</a></li>
                <li><a href="/b">River festival returns for its twentieth year</a></li>
                <li><a href="/c">Traffic changes planned for the city centre</a></li>
              </ul>
            </section>
          </main>
          <footer><p>Copyright 2026 Daily Example. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_only_the_article_body_without_navigation_byline_related_list_or_footer()
    {
        var result = HtmlArticleExtractor.Extract(NewsPage);

        Assert.True(result.FoundMainContent);
        Assert.Equal(
            "The city council voted on Tuesday to approve a new pedestrian bridge over the river, ending a decade of debate.\n\n"
            + "Construction is expected to begin next spring, and the bridge should open to walkers and cyclists in 2028.\n\n"
            + "Costs and funding\n\n"
            + "The project will cost about 14 million pounds, shared between the city, the region and a national transport fund.\n\n"
            + "Opponents argued that the money would be better spent on repairing existing roads, but the motion passed easily.",
            result.Text);
        Assert.True(result.RemovedBlocks > 0);
        Assert.Equal("Council approves new bridge", result.Title);
    }

    [Fact]
    public void Headings_and_paragraphs_are_spans_of_the_blocks_and_segments_point_at_elements_in_the_source()
    {
        var result = HtmlArticleExtractor.Extract(NewsPage);

        var heading = Assert.Single(result.Headings);
        Assert.Equal("Costs and funding", result.Text[heading.Start..heading.End]);
        Assert.Equal(4, result.Paragraphs.Length);
        var blocks = result.Headings.Concat(result.Paragraphs).OrderBy(s => s.Start).ToList();
        Assert.Equal(result.Text.Split("\n\n"), blocks.Select(s => result.Text[s.Start..s.End]));

        Assert.NotEmpty(result.Segments);
        Assert.Equal(result.Segments.OrderBy(s => s.TextStart).ToArray(), result.Segments.ToArray());
        foreach (var block in blocks)
        {
            var segment = result.Segments.Last(s => s.TextStart <= block.Start);
            Assert.Equal('<', NewsPage[segment.SourceStart]);
            // The element the segment points to holds the block's first words.
            var firstWords = result.Text.Substring(block.Start, Math.Min(12, block.Length));
            Assert.Contains(firstWords, NewsPage[segment.SourceStart..], StringComparison.Ordinal);
            Assert.True(NewsPage.IndexOf(firstWords, segment.SourceStart, StringComparison.Ordinal) - segment.SourceStart < 40);
        }
    }

    [Fact]
    public void Reads_metadata_from_json_ld_and_the_canonical_link()
    {
        const string html = """
            <html><head>
            <title>Ignored title - Site</title>
            <link rel="canonical" href="https://example.org/news/bridge">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example"},
              {"@type":["NewsArticle"],"headline":"Bridge approved","datePublished":"2026-03-04T10:00:00Z",
               "author":[{"@type":"Person","name":"Jane Reporter"},{"@type":"Person","name":"John Editor"}]}
            ]}
            </script>
            </head><body><article><p>The bridge was approved by the council after a long debate about its cost and design.</p></article></body></html>
            """;

        var result = HtmlArticleExtractor.Extract(html);

        Assert.Equal("Bridge approved", result.Title);
        Assert.Equal("Jane Reporter, John Editor", result.Author);
        Assert.Equal("2026-03-04T10:00:00Z", result.Published);
        Assert.Equal("https://example.org/news/bridge", result.Url);
    }

    [Fact]
    public void Falls_back_to_meta_tags_and_time_elements_when_there_is_no_json_ld()
    {
        const string html = """
            <html><head>
            <meta property="og:title" content="Open Graph title">
            <meta name="author" content="By Sam Writer">
            <meta property="og:url" content="https://example.org/og">
            <script type="application/ld+json">{ this is not json </script>
            </head><body><article><time datetime="2025-12-01">1 December</time>
            <p>A paragraph long enough to be taken as the body of this small article about nothing much at all.</p></article></body></html>
            """;

        var result = HtmlArticleExtractor.Extract(html);

        Assert.Equal("Open Graph title", result.Title);
        Assert.Equal("Sam Writer", result.Author);
        Assert.Equal("2025-12-01", result.Published);
        Assert.Equal("https://example.org/og", result.Url);
    }

    [Fact]
    public void Skips_placeholder_dates_and_uses_the_next_source()
    {
        const string html = """
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"0001-01-01T00:00:00Z"}</script>
            <meta property="article:published_time" content="2019-11-20T05:52:00-05:00">
            </head><body><p>Some body text that is long enough to count as the article body of this page.</p></body></html>
            """;

        Assert.Equal("2019-11-20T05:52:00-05:00", HtmlArticleExtractor.Extract(html).Published);
    }

    [Fact]
    public void Decodes_entities_and_collapses_whitespace_inside_blocks()
    {
        const string html = "<html><body><article><p>Caf&eacute; owners &amp; bakers  said\n\t&ldquo;it&#8217;s&nbsp;&nbsp;fine&rdquo; &#x2014; "
            + "at least for now, according to the <b>local</b>   <i>association</i>.</p></article></body></html>";

        var result = HtmlArticleExtractor.Extract(html);

        Assert.Equal("Café owners & bakers said “it’s fine” — at least for now, according to the local association.", result.Text);
    }

    [Fact]
    public void Malformed_markup_does_not_throw_and_still_yields_the_text()
    {
        const string html = "<html><body><div class=content><p>First paragraph of the story, which never closes its tags properly"
            + "<p>Second paragraph <b>with <i>badly nested</b> inline</i> markup and a stray </div></span> end tag, still text."
            + "<table><tr><td>cell<p>Third paragraph inside a broken table, long enough to count as body text here.</table>"
            + "<!-- unterminated comment";

        var result = HtmlArticleExtractor.Extract(html);

        Assert.True(result.FoundMainContent);
        Assert.Contains("First paragraph of the story", result.Text, StringComparison.Ordinal);
        Assert.Contains("badly nested inline markup", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<html><head><script>var a = '<p>not text</p>';</script></head><body><script>document.write('x')</script><noscript>Enable JavaScript</noscript></body></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav></body></html>")]
    [InlineData("\0\u0001\u0002 binary garbage \uFFFD\uFFFD <<<>>> </// <!DOCTYPE")]
    public void Pages_without_content_report_no_main_content(string html)
    {
        var result = HtmlArticleExtractor.Extract(html);

        Assert.False(result.FoundMainContent);
        Assert.Equal("", result.Text);
        Assert.Empty(result.Paragraphs);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(3_000)] // deeper than the recursion guard; AngleSharp's parse is quadratic in depth, so not deeper here
    public void Deep_nesting_neither_overflows_the_stack_nor_loses_the_text(int depth)
    {
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep text that is long enough to be a paragraph of the body.</p>"
            + string.Concat(Enumerable.Repeat("</div>", depth));

        var result = HtmlArticleExtractor.Extract(html);

        Assert.Equal("Deep text that is long enough to be a paragraph of the body.", result.Text);
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var first = HtmlArticleExtractor.Extract(NewsPage);
        var second = HtmlArticleExtractor.Extract(NewsPage);

        // ImmutableArray compares by reference, so compare the record's arrays element-wise.
        Assert.Equal(first.Text, second.Text);
        Assert.Equal((first.Title, first.Author, first.Published, first.Url, first.RemovedBlocks), (second.Title, second.Author, second.Published, second.Url, second.RemovedBlocks));
        Assert.Equal(first.Segments.ToArray(), second.Segments.ToArray());
        Assert.Equal(first.Headings.ToArray(), second.Headings.ToArray());
        Assert.Equal(first.Paragraphs.ToArray(), second.Paragraphs.ToArray());
    }
}
