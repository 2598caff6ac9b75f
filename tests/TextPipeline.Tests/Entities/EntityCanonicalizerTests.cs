using TextPipeline.Entities;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Text;

namespace TextPipeline.Tests.Entities;

public sealed class EntityCanonicalizerTests
{
    private static List<CanonicalGroup> Group(string text, params (string Surface, string Type, GazetteerEntry? Entry)[] mentions)
    {
        var list = new List<EntityMention>();
        var from = 0;
        foreach (var (surface, type, entry) in mentions)
        {
            var start = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.True(start >= 0, surface);
            list.Add(new EntityMention(new TextSpan(start, surface.Length), type, surface, Gazetteer.SplitName(surface), entry));
            from = start + surface.Length;
        }
        return EntityCanonicalizer.Group(list, ArticleText.From(text));
    }

    [Fact]
    public void A_surname_or_given_name_alone_joins_the_full_person_name()
    {
        var groups = Group("Kim Jong Un arrived. Later Kim spoke.", ("Kim Jong Un", "PER", null), ("Kim", "PER", null));
        var g = Assert.Single(groups);
        Assert.Equal("Kim Jong Un", g.Name);
        Assert.Equal(2, g.Mentions.Count);
    }

    [Fact]
    public void A_hyphenated_surname_alone_joins_the_full_person_name()
    {
        var text = "Mark Lewis-Francis won. Later Lewis-Francis spoke.";
        var full = new EntityMention(new TextSpan(0, 18), "PER", "Mark Lewis-Francis", ["Mark", "Lewis", "-", "Francis"], null);
        var surname = new EntityMention(new TextSpan(30, 13), "PER", "Lewis-Francis", ["Lewis", "-", "Francis"], null);
        var g = Assert.Single(EntityCanonicalizer.Group([full, surname], ArticleText.From(text)));
        Assert.Equal("Mark Lewis-Francis", g.Name);
        Assert.Equal(2, g.Mentions.Count);
    }

    [Fact]
    public void A_short_form_after_a_sentence_initial_The_joins_the_longer_name()
    {
        var groups = Group("The Bank of England held rates. The Bank is worried.", ("Bank of England", "ORG", null), ("The Bank", "ORG", null));
        var g = Assert.Single(groups);
        Assert.Equal("Bank of England", g.Name);
        Assert.Equal(2, g.Mentions.Count);
    }

    [Fact]
    public void A_title_is_not_part_of_the_name()
    {
        var groups = Group("Michael Jackson arrived. Mr Jackson smiled. Dr Ingrid Holm spoke. Briton Karl Keska ran.",
            ("Michael Jackson", "PER", null), ("Mr Jackson", "PER", null), ("Dr Ingrid Holm", "PER", null), ("Briton Karl Keska", "PER", null));
        Assert.Equal(["Michael Jackson", "Ingrid Holm", "Karl Keska"], groups.Select(g => g.Name));
        Assert.Equal(2, groups[0].Mentions.Count);
        Assert.Equal(47, groups[1].Mentions[0].Span.Start); // the span starts after the title, as CoNLL and UNER mark names
    }

    [Fact]
    public void A_surname_taken_for_a_place_is_the_person_named_in_full_but_a_listed_country_stays()
    {
        var jackson = new GazetteerEntry("Jackson", "LOC", null, "Jackson");
        var jordan = new GazetteerEntry("Jordan", "LOC", "Q810", "Jordan");
        var groups = Group("Jackson notes. Michael Jackson and Jordan Henderson flew to Jordan.",
            ("Jackson", "LOC", jackson), ("Michael Jackson", "PER", null), ("Jordan Henderson", "PER", null), ("Jordan", "LOC", jordan));
        Assert.Equal([("Jordan", "LOC", 1), ("Jordan Henderson", "PER", 1), ("Michael Jackson", "PER", 2)],
            groups.Select(g => (g.Name, g.Type, g.Mentions.Count)).OrderBy(g => g.Name, StringComparer.Ordinal));
        Assert.Null(groups.Single(g => g.Name == "Michael Jackson").Id);
    }

    [Fact]
    public void The_full_name_is_canonical_even_when_the_short_form_comes_first()
    {
        var groups = Group("Putin said. Vladimir Putin left.", ("Putin", "PER", null), ("Vladimir Putin", "PER", null));
        var g = Assert.Single(groups);
        Assert.Equal("Vladimir Putin", g.Name);
        Assert.Equal([0, 12], g.Mentions.Select(m => m.Span.Start));
    }

    [Theory]
    [InlineData("Ann Marie Lee met Lee Park. Lee smiled.", "Ann Marie Lee", "Lee Park")]
    [InlineData("Ken Lee met Lee Min Ho. Lee smiled.", "Ken Lee", "Lee Min Ho")]
    public void A_short_name_that_fits_two_longer_names_joins_the_one_taken_first(string text, string first, string second)
    {
        // Longer names are taken first ("Lee" is the last word of one name and the first word of the other).
        var groups = Group(text, (first, "PER", null), (second, "PER", null), ("Lee", "PER", null));
        var longer = first.Split(' ').Length >= second.Split(' ').Length ? first : second;
        Assert.Equal(2, groups.Count);
        Assert.Equal(2, groups.Single(g => g.Name == longer).Mentions.Count);
    }

    [Fact]
    public void An_acronym_joins_the_organisation_it_abbreviates()
    {
        var groups = Group("The United Nations met. The UN voted.", ("United Nations", "ORG", null), ("UN", "ORG", null));
        Assert.Equal("United Nations", Assert.Single(groups).Name);
    }

    [Fact]
    public void A_bracketed_alias_joins_the_name_before_the_bracket()
    {
        var groups = Group(
            "The Democratic People's Republic of Korea (DPRK) said the DPRK would respond.",
            ("Democratic People's Republic of Korea", "LOC", null), ("DPRK", "LOC", null), ("DPRK", "LOC", null));
        var g = Assert.Single(groups);
        Assert.Equal("Democratic People's Republic of Korea", g.Name);
        Assert.Equal(3, g.Mentions.Count);
    }

    [Fact]
    public void Gazetteer_entries_give_canonical_names_and_ids()
    {
        var un = new GazetteerEntry("UN", "ORG", "Q1065", "United Nations");
        var groups = Group("The UN met.", ("UN", "ORG", un));
        var g = Assert.Single(groups);
        Assert.Equal(("United Nations", "Q1065"), (g.Name, g.Id));
    }

    [Fact]
    public void Different_people_sharing_no_name_stay_apart()
    {
        var groups = Group("Kim Jong Un met Vladimir Putin.", ("Kim Jong Un", "PER", null), ("Vladimir Putin", "PER", null));
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Demonyms_count_for_their_country_without_becoming_mentions()
    {
        using var dir = new TestSupport.TempDir();
        using (var gz = new System.IO.Compression.GZipStream(File.Create(dir.Combine(EntityModelFiles.Gazetteer)), System.IO.Compression.CompressionLevel.Fastest))
        {
            gz.Write("Ruritanian\tDEM\t\tRuritania\town\n"u8);
        }
        var csv = dir.File("g.csv", "name,type,aliases,id\nRuritania,LOC,,site:ru\nAcme,ORG,,site:acme\n");
        var resources = new EntityResources(null, Gazetteer.Load(dir.Combine(EntityModelFiles.Gazetteer)), EntityResources.LoadUserGazetteer(csv, out _));
        var plain = SimpleDocuments.Tokenize("Acme opened in Ruritania. Acme staff said Acme will grow.");
        var withDemonyms = SimpleDocuments.Tokenize("Acme opened in Ruritania. Acme staff said Acme will grow. Ruritanian and Ruritanian firms agreed.");
        var before = EntityExtractor.Extract(plain, resources, null, []).Single(e => e.Name == "Ruritania");
        var after = EntityExtractor.Extract(withDemonyms, resources, null, []);
        var country = after.Single(e => e.Name == "Ruritania");
        Assert.Single(country.Mentions);
        Assert.True(country.Salience > before.Salience, $"{country.Salience} <= {before.Salience}");
        Assert.Equal(2, after.Count);
    }
}

public sealed class EntityCanonicalizerDocumentRulesTests
{
    private static List<CanonicalGroup> Group(string text, Func<EntityMention, bool>? isKnownWord, params (string Surface, string Type)[] mentions)
    {
        var list = new List<EntityMention>();
        var from = 0;
        foreach (var (surface, type) in mentions)
        {
            var start = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.True(start >= 0, surface);
            list.Add(new EntityMention(new TextSpan(start, surface.Length), type, surface, Gazetteer.SplitName(surface), null));
            from = start + surface.Length;
        }
        return EntityCanonicalizer.Group(list, ArticleText.From(text), isKnownWord: isKnownWord);
    }

    [Fact]
    public void Case_variants_of_a_name_are_one_entity_named_in_title_case()
    {
        var groups = Group("The Labour party met. The Labour Party won.", null, ("Labour party", "ORG"), ("Labour Party", "ORG"));
        var g = Assert.Single(groups);
        Assert.Equal("Labour Party", g.Name);
    }

    [Fact]
    public void An_unknown_last_word_joins_the_one_name_ending_with_it_but_a_town_does_not()
    {
        var united = Group("Manchester United drew. United led early.", _ => false, ("Manchester United", "ORG"), ("United", "ORG"));
        Assert.Equal("Manchester United", Assert.Single(united).Name);
        var leicester = Group("He told BBC Radio Leicester that Leicester won.", m => m.Surface == "Leicester", ("BBC Radio Leicester", "ORG"), ("Leicester", "ORG"));
        Assert.Equal(2, leicester.Count);
    }

    [Fact]
    public void Only_an_abbreviation_in_brackets_is_an_alias()
    {
        var groups = Group("O Barkley (Bath) and the Rugby Football Union (RFU) agreed.", null,
            ("O Barkley", "PER"), ("Bath", "ORG"), ("Rugby Football Union", "ORG"), ("RFU", "ORG"));
        Assert.Equal(["Bath", "O Barkley", "Rugby Football Union"], groups.Select(g => g.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, groups.Single(g => g.Name == "Rugby Football Union").Mentions.Count);
    }
}
