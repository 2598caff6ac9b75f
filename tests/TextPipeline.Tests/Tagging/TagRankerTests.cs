using TextPipeline.Entities;
using TextPipeline.Keyphrases;
using TextPipeline.Subjects;
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

    private static IReadOnlyList<Tag> Rank(Entity[] entities, Keyphrase[] keyphrases, Subject[]? subjects = null, Vocabulary? vocabulary = null, TagOptions? options = null) =>
        TagRanker.Rank(s_text, entities, keyphrases, subjects ?? [], vocabulary ?? Vocabulary.Empty, options ?? TagOptions.Default with { MinRelevance = 0 });

    [Fact]
    public void An_entity_absorbs_the_keyphrase_with_its_name()
    {
        Entity[] entities = [EntityAt("Russia", "LOC", 0.6, "Russia")];
        Keyphrase[] keyphrases = [Phrase("russia", 0.9), Phrase("sanctions", 1.0)];
        var tags = Rank(entities, keyphrases);
        var russia = Assert.Single(tags, t => t.Name.Equals("Russia", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(TagKinds.Entity, russia.Kind);
        Assert.Equal("LOC", russia.Type);
        Assert.Equal(0.9, russia.Relevance, 3);
        Assert.Equal(2, tags.Count);
    }

    [Fact]
    public void A_part_of_an_entity_name_is_absorbed_but_a_wider_phrase_stays()
    {
        Entity[] entities = [EntityAt("North Korea", "LOC", 0.9, "North Korea")];
        Keyphrase[] keyphrases = [Phrase("korea", 0.5), Phrase("military cooperation", 0.7)];
        Assert.Equal(["North Korea", "military cooperation"], Rank(entities, keyphrases).Select(t => t.Name));
    }

    [Fact]
    public void Ranked_by_relevance_with_values_in_0_to_1_and_at_most_K_and_never_a_topic_word_list()
    {
        Entity[] entities = [EntityAt("North Korea", "LOC", 0.95, "North Korea", "Q423"), EntityAt("Russia", "LOC", 0.4, "Russia")];
        Keyphrase[] keyphrases = [Phrase("sanctions", 0.9), Phrase("military cooperation", 0.6), Phrase("oil imports", 0.55)];
        Subject[] subjects = [new("medtop:20000639", "diplomacy", 0.49), new("medtop:11000000", "politics", 0.3)];
        var all = Rank(entities, keyphrases, subjects);
        Assert.Equal(6, all.Count);
        Assert.All(all, t => Assert.InRange(t.Relevance, 0, 1));
        Assert.All(all, t => Assert.InRange(t.Confidence, 0, 1));
        Assert.Equal(all.OrderByDescending(t => t.Relevance).Select(t => t.Name), all.Select(t => t.Name));
        Assert.Equal("North Korea", all[0].Name);
        Assert.Equal("Q423", all[0].Id);
        Assert.Equal(0.95, all[0].Confidence);
        var subject = Assert.Single(all, t => t.Kind == TagKinds.Subject);
        Assert.Equal(("diplomacy", "medtop:20000639", 0.7), (subject.Name, subject.Id, subject.Relevance));
        Assert.DoesNotContain(all, t => t.Kind == TagKinds.Topic || t.Name == "politics");
        Assert.Equal(all.Take(2), Rank(entities, keyphrases, subjects, options: TagOptions.Default with { Count = 2, MinRelevance = 0 }));
        // The old signature still works and ignores topic weights.
        TopicWeight[] topics = [new(3, "korea · russia · sanctions", 0.62)];
        Assert.DoesNotContain(TagRanker.Rank(s_text, entities, keyphrases, topics, Vocabulary.Empty, 10), t => t.Kind == TagKinds.Topic);
    }

    [Fact]
    public void Every_tag_has_an_id_and_one_concept_has_one_id_whatever_its_inflection_or_case()
    {
        Entity[] entities = [EntityAt("Russian Embassy", "LOC", 0.7, "Russian Embassy")];
        var tags = Rank(entities, [Phrase("sanctions", 0.9)]);
        Assert.All(tags, t => Assert.False(string.IsNullOrEmpty(t.Id)));
        Assert.Equal("tp:loc:russian-embassy", Assert.Single(tags, t => t.Kind == TagKinds.Entity).Id);
        Assert.Equal(TagIds.Keyphrase("Sanction"), Assert.Single(tags, t => t.Kind == TagKinds.Keyphrase).Id);
        Assert.Equal(TagIds.Keyphrase("sanctions"), TagIds.Keyphrase("Sanction"));
        Assert.NotEqual(TagIds.Keyphrase("sanctions"), TagIds.Keyphrase("sanctions busting"));
    }

    [Fact]
    public void Keyphrases_show_their_canonical_name_and_need_the_taggability_threshold()
    {
        var named = Phrase("sanctions", 0.9) with { Name = "sanction" };
        var weak = Phrase("oil imports", 0.9) with { TagScore = 0.2 };
        var tags = Rank([], [named, weak]);
        Assert.Equal(["sanction"], tags.Select(t => t.Name));
    }

    [Fact]
    public void Tags_from_controls_and_per_kind_limits_and_min_relevance()
    {
        var (vocabulary, _) = Vocabulary.Parse(new StringReader("tag,aliases,id\nSanctions,,t-17\n"));
        Entity[] entities = [EntityAt("North Korea", "LOC", 0.9, "North Korea", "Q423"), EntityAt("Russia", "LOC", 0.3, "Russia", "Q159")];
        Keyphrase[] keyphrases = [Phrase("sanctions", 0.8), Phrase("military cooperation", 0.7)];
        Subject[] subjects = [new("medtop:20000639", "diplomacy", 0.64)];
        var vocabOnly = Rank(entities, keyphrases, subjects, vocabulary, TagOptions.Default with { From = TagSource.Vocabulary, MinRelevance = 0 });
        Assert.Equal([("Sanctions", "t-17")], vocabOnly.Select(t => (t.Name, t.Id!)));
        var noKeyphrases = Rank(entities, keyphrases, subjects, options: TagOptions.Default with { From = TagSource.EntitiesAndSubjects, MinRelevance = 0 });
        Assert.All(noKeyphrases, t => Assert.Contains(t.Kind, new[] { TagKinds.Entity, TagKinds.Subject }));
        Assert.Equal(3, noKeyphrases.Count);
        var oneEntity = Rank(entities, keyphrases, subjects, options: TagOptions.Default with { MaxEntities = 1, MaxKeyphrases = 1, MinRelevance = 0 });
        Assert.Equal(["North Korea", "diplomacy", "sanctions"], oneEntity.Select(t => t.Name));
        var relevant = Rank(entities, keyphrases, subjects, options: TagOptions.Default with { MinRelevance = 0.75 });
        Assert.Equal(["North Korea", "diplomacy", "sanctions"], relevant.Select(t => t.Name));
    }

    [Fact]
    public void Vocabulary_maps_by_lemma_and_alias_onto_the_sites_tags()
    {
        var (vocabulary, error) = Vocabulary.Parse(new StringReader(
            "tag,aliases,id\nSanctions,embargo|embargoes,t-17\nDPRK,North Korea;Democratic People's Republic of Korea,t-3\n\"Military, cooperation\",military cooperation,t-9\n"));
        Assert.Null(error);
        Entity[] entities = [EntityAt("North Korea", "LOC", 0.9, "North Korea")];
        Keyphrase[] keyphrases = [Phrase("sanction", 1.0), Phrase("military cooperation", 0.5), Phrase("oil imports", 0.6)];
        var tags = Rank(entities, keyphrases, vocabulary: vocabulary);
        var dprk = Assert.Single(tags, t => t.Name == "DPRK");
        Assert.Equal((TagKinds.Vocabulary, "t-3", "LOC"), (dprk.Kind, dprk.Id, dprk.Type));
        var sanctions = Assert.Single(tags, t => t.Name == "Sanctions");
        Assert.Equal((TagKinds.Vocabulary, "t-17"), (sanctions.Kind, sanctions.Id));
        Assert.Contains(tags, t => t.Name == "Military, cooperation" && t.Id == "t-9");
        var oil = Assert.Single(tags, t => t.Name == "oil imports");
        Assert.Equal((TagKinds.Keyphrase, TagIds.Keyphrase("oil imports")), (oil.Kind, oil.Id));
    }

    [Fact]
    public void A_site_tag_matched_only_by_an_absorbed_keyphrase_comes_beside_the_entity_not_instead_of_it()
    {
        var (vocabulary, error) = Vocabulary.Parse(new StringReader("tag,aliases,id\nKorea news,korea,t-5\n"));
        Assert.Null(error);
        Entity[] entities = [EntityAt("North Korea", "LOC", 0.9, "North Korea", "Q423")];
        Keyphrase[] keyphrases = [Phrase("korea", 0.5)];
        var tags = Rank(entities, keyphrases, vocabulary: vocabulary);
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
