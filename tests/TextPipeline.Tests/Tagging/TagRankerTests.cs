using TextPipeline.Entities;
using TextPipeline.Keyphrases;
using TextPipeline.Tagging;
using TextPipeline.Tests.Keyphrases;
using TextPipeline.Text;
using TextPipeline.Topics;

namespace TextPipeline.Tests.Tagging;

public sealed class TagRankerTests
{
    private static readonly ArticleText s_text = ArticleText.From(TestArticles.Sanctions);

    private static Entity EntityAt(string name, string type, double salience, string mention, string? id = null)
    {
        var spans = new List<TextSpan>();
        var text = s_text.ToString();
        for (var at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + 1, StringComparison.Ordinal))
        {
            spans.Add(new TextSpan(at, mention.Length));
        }
        return new Entity(name, type, id, salience, spans.ToEquatableArray()) { Linked = id is not null };
    }

    private static Keyphrase Phrase(string text, double score)
    {
        var at = s_text.ToString().IndexOf(text, StringComparison.OrdinalIgnoreCase);
        return new Keyphrase(s_text.ToString(new TextSpan(at, text.Length)), score, new TextSpan(at, text.Length));
    }

    [Fact]
    public void An_entity_absorbs_the_keyphrase_with_its_name()
    {
        Entity[] entities = [EntityAt("Russia", "LOC", 0.6, "Russia")];
        Keyphrase[] keyphrases = [Phrase("russia", 0.9), Phrase("sanctions", 1.0)];
        var tags = TagRanker.Rank(s_text, entities, keyphrases, [], Vocabulary.Empty, 10);
        var russia = Assert.Single(tags, t => t.Name.Equals("Russia", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(TagKinds.Entity, russia.Kind);
        Assert.Equal("LOC", russia.Type);
        Assert.Equal(0.81, russia.Relevance, 3);
        Assert.Equal(2, tags.Count);
    }

    [Fact]
    public void A_part_of_an_entity_name_is_absorbed_but_a_wider_phrase_stays()
    {
        Entity[] entities = [EntityAt("North Korea", "LOC", 0.9, "North Korea")];
        Keyphrase[] keyphrases = [Phrase("korea", 0.5), Phrase("military cooperation", 0.7)];
        var tags = TagRanker.Rank(s_text, entities, keyphrases, [], Vocabulary.Empty, 10);
        Assert.Equal(["North Korea", "military cooperation"], tags.Select(t => t.Name));
    }

    [Fact]
    public void Ranked_by_relevance_with_values_in_0_to_1_and_at_most_K()
    {
        Entity[] entities = [EntityAt("North Korea", "LOC", 0.95, "North Korea", "Q423"), EntityAt("Russia", "LOC", 0.4, "Russia")];
        Keyphrase[] keyphrases = [Phrase("sanctions", 1.0), Phrase("military cooperation", 0.6), Phrase("oil imports", 0.2)];
        TopicWeight[] topics = [new(3, "korea · russia · sanctions", 0.62)];
        var all = TagRanker.Rank(s_text, entities, keyphrases, topics, Vocabulary.Empty, 10);
        Assert.Equal(6, all.Count);
        Assert.All(all, t => Assert.InRange(t.Relevance, 0, 1));
        Assert.All(all, t => Assert.InRange(t.Confidence, 0, 1));
        Assert.Equal(all.OrderByDescending(t => t.Relevance).Select(t => t.Name), all.Select(t => t.Name));
        Assert.Equal("North Korea", all[0].Name);
        Assert.Equal("Q423", all[0].Id);
        Assert.Equal(0.95, all[0].Confidence);
        Assert.Contains(all, t => t.Kind == TagKinds.Topic);
        Assert.Equal(all.Take(2), TagRanker.Rank(s_text, entities, keyphrases, topics, Vocabulary.Empty, 2));
    }

    [Fact]
    public void Vocabulary_maps_by_lemma_and_alias_onto_the_sites_tags()
    {
        var (vocabulary, error) = Vocabulary.Parse(new StringReader(
            "tag,aliases,id\nSanctions,embargo|embargoes,t-17\nDPRK,North Korea;Democratic People's Republic of Korea,t-3\n\"Military, cooperation\",military cooperation,t-9\n"));
        Assert.Null(error);
        Entity[] entities = [EntityAt("North Korea", "LOC", 0.9, "North Korea")];
        Keyphrase[] keyphrases = [Phrase("sanction", 1.0), Phrase("military cooperation", 0.5), Phrase("oil imports", 0.4)];
        var tags = TagRanker.Rank(s_text, entities, keyphrases, [], vocabulary, 10);
        var dprk = Assert.Single(tags, t => t.Name == "DPRK");
        Assert.Equal((TagKinds.Vocabulary, "t-3", "LOC"), (dprk.Kind, dprk.Id, dprk.Type));
        var sanctions = Assert.Single(tags, t => t.Name == "Sanctions");
        Assert.Equal((TagKinds.Vocabulary, "t-17"), (sanctions.Kind, sanctions.Id));
        Assert.Contains(tags, t => t.Name == "Military, cooperation" && t.Id == "t-9");
        var oil = Assert.Single(tags, t => t.Name == "oil imports");
        Assert.Equal((TagKinds.Keyphrase, null), (oil.Kind, oil.Id));
    }

    [Fact]
    public void A_site_tag_matched_only_by_an_absorbed_keyphrase_comes_beside_the_entity_not_instead_of_it()
    {
        var (vocabulary, error) = Vocabulary.Parse(new StringReader("tag,aliases,id\nKorea news,korea,t-5\n"));
        Assert.Null(error);
        Entity[] entities = [EntityAt("North Korea", "LOC", 0.9, "North Korea", "Q423")];
        Keyphrase[] keyphrases = [Phrase("korea", 0.5)];
        var tags = TagRanker.Rank(s_text, entities, keyphrases, [], vocabulary, 10);
        var entity = Assert.Single(tags, t => t.Name == "North Korea");
        Assert.Equal((TagKinds.Entity, "Q423"), (entity.Kind, entity.Id));
        var site = Assert.Single(tags, t => t.Name == "Korea news");
        Assert.Equal((TagKinds.Vocabulary, "t-5", (string?)null), (site.Kind, site.Id, site.Type));
        Assert.True(site.Relevance < entity.Relevance);
    }

    [Fact]
    public void A_vocabulary_without_a_tag_column_is_an_error_not_an_exception()
    {
        var (vocabulary, error) = Vocabulary.Parse(new StringReader("name,id\nfoo,1\n"));
        Assert.NotNull(error);
        Assert.Equal(0, vocabulary.Count);
        Assert.NotNull(Vocabulary.Load("/nonexistent/vocabulary.csv").Error);
    }
}
