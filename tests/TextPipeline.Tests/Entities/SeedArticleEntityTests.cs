using TextPipeline.Entities;
using TextPipeline.Ingestion;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Entities;

/// <summary>The committed model and gazetteer on the real scraped article.</summary>
public sealed class SeedArticleEntityTests
{
    private static readonly Lazy<EntityResources> s_resources = new(() => EntityResources.Load(TestModels.Store, null, out _));

    private static (Article Article, IReadOnlyList<Entity> Entities) Analyse()
    {
        var path = SharedData.Fixture("seed-article.txt");
        Skip.If(path is null, SharedData.SkipReason);
        var file = new InputFile(path!, "seed-article.txt", path!, SourceFormat.Text, false);
        var article = Assert.Single(new ArticleReader().Read(file).Articles);
        // The simple test tokenizer, not TextAnalyzer: this tests the entity stage alone (the tagger-based sentence
        // splitter of tok M2 currently splits "Kim Jong | Un", which is reported to its owner).
        var doc = SimpleDocuments.Tokenize(article.Text.ToString());
        var entities = EntityExtractor.Extract(doc, s_resources.Value, article.Title, article.Headings.AsImmutableArray());
        return (article, entities);
    }

    [SkippableTheory]
    [InlineData("Kim Jong Un", "PER")]
    [InlineData("North Korea", "LOC")]
    [InlineData("Russia", "LOC")]
    [InlineData("United States", "LOC")]
    [InlineData("China", "LOC")]
    [InlineData("South Korea", "LOC")]
    [InlineData("United Nations Security Council", "ORG")]
    [InlineData("Russian Embassy", "ORG")]
    public void The_main_entities_are_found_with_canonical_names(string name, string type)
    {
        var (_, entities) = Analyse();
        Assert.Contains(entities, e => e.Name == name && e.Type == type);
    }

    [SkippableFact]
    public void Shortened_and_abbreviated_mentions_are_merged()
    {
        var (article, entities) = Analyse();
        var us = Assert.Single(entities, e => e.Name == "United States");
        // "U.S." twice and "United States" twice in the text.
        Assert.Contains(us.Mentions, m => article.Text.ToString(m) == "U.S.");
        Assert.Single(entities, e => e.Name == "Kim Jong Un");
        Assert.DoesNotContain(entities, e => e.Name == "Kim" || e.Name == "U.S.");
    }

    [SkippableFact]
    public void Mention_spans_match_the_text_and_entities_are_sorted()
    {
        var (article, entities) = Analyse();
        foreach (var e in entities)
        {
            Assert.InRange(e.Salience, 0, 1);
            foreach (var m in e.Mentions)
            {
                var s = article.Text.ToString(m);
                Assert.False(string.IsNullOrWhiteSpace(s));
                Assert.Equal(s.Trim(), s);
                Assert.True(char.IsLetter(s[0]), s);
            }
            Assert.Equal(e.Mentions.OrderBy(m => m).ToArray(), e.Mentions.ToArray());
        }
        Assert.Equal(entities.OrderByDescending(e => e.Salience).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e => e.Name), entities.Select(e => e.Name));
        Assert.DoesNotContain(entities, e => e.Name.Contains("News", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_most_discussed_entities_are_the_most_salient()
    {
        var (_, entities) = Analyse();
        var top = entities.Take(3).Select(e => e.Name).ToArray();
        Assert.Contains("North Korea", top);
        Assert.Contains("Russia", top);
    }

    [SkippableFact]
    public void Listed_entities_carry_their_ids_and_the_others_ids_minted_from_type_and_name()
    {
        var (_, entities) = Analyse();
        Assert.Equal("Q423", entities.Single(e => e.Name == "North Korea").Id);
        Assert.True(entities.Single(e => e.Name == "North Korea").Linked);
        var embassy = entities.Single(e => e.Name == "Russian Embassy");
        Assert.Equal(("tp:org:russian-embassy", false), (embassy.Id, embassy.Linked));
        Assert.All(entities, e => Assert.InRange(e.Confidence, 0, 1));
    }

    [SkippableFact]
    public void Compass_adjectives_are_not_places()
    {
        // "Western-dominated" and "Western sanctions" in the seed: adjectives, not the LOC "Western".
        var (_, entities) = Analyse();
        Assert.DoesNotContain(entities, e => e.Name == "Western");
    }
}
