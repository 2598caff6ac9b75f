using CsCheck;
using TextPipeline.Keyphrases;
using TextPipeline.Summarization;
using TextPipeline.Tagging;
using TextPipeline.Tests.Keyphrases;

namespace TextPipeline.Tests.Summarization;

/// <summary>Random article-like text never makes keyphrases, tags or summaries throw, and their spans and budgets hold.</summary>
public sealed class RandomInputTests
{
    private static readonly Gen<string> s_text = Gen.OneOf(
            Gen.Const("The council approved the new budget on Tuesday after a long debate."),
            Gen.Const("It also raises fares."), Gen.Const("What now?"), Gen.Const("Hey guys!"), Gen.Const("North Korea"),
            Gen.Const("sanctions"), Gen.Const("\n\n"), Gen.Const(" "), Gen.Const("By Jane Smith."), Gen.Const("(pictured)"),
            Gen.Const("Kim Jong Un's visit"), Gen.Const("..."), Gen.Const("“Quoted, you said.”"), Gen.Const("123"),
            Gen.String[0, 12])
        .Array[0, 30]
        .Select(parts => string.Join(" ", parts));

    [Fact]
    public void Stages_never_throw_and_keep_spans_and_budgets() =>
        Gen.Select(s_text, Gen.Int[1, 5], Gen.Int[0, 300]).Sample((text, n, chars) =>
        {
            var article = TestArticles.Make(text, title: "Budget news");
            var document = TestArticles.Analyze(article);
            var keyphrases = KeyphraseExtractor.Extract(document, article, [], DocumentFrequencies.None);
            foreach (var k in keyphrases)
            {
                Assert.InRange(k.Score, 0, 1);
                Assert.Equal(k.Text, text.Substring(k.Span.Start, k.Span.Length));
            }
            var tags = TagRanker.Rank(article.Text, [], keyphrases.ToArray(), [], Vocabulary.Empty, n);
            Assert.True(tags.Count <= n);
            var budget = new SummaryBudget(n, chars < 10 ? null : chars);
            var (summary, truncated) = Summarizer.Summarize(document, article, [], budget);
            Assert.True(summary.Sentences.Count <= n);
            if (budget.Chars is { } c) Assert.True(summary.Text.Length <= c, $"{summary.Text.Length} > {c}");
            var joined = string.Join(' ', summary.Sentences.Select(s => text.Substring(s.Start, s.Length)));
            Assert.Equal(truncated ? joined + Summarizer.Ellipsis : joined, summary.Text);
        }, iter: 300);
}
