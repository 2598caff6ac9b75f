using TextPipeline.Entities;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Mentions;
using TextPipeline.Entities.Typing;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Tests.Entities;

/// <summary>Mention rules of the entity step: never-names, written-word boundaries, one reading per name, ids.</summary>
public sealed class MentionRulesTests
{
    private static readonly Gazetteer s_names = new([
        new GazetteerEntry("Kurdish", "NORP", null, "Kurdish"),
        new GazetteerEntry("Iraqi", "DEM", "Q796", "Iraq"),
    ]);

    private static EntityMention Mention(Document document, string text, int occurrence, string type)
    {
        var start = -1;
        for (var k = 0; k <= occurrence; k++) start = document.Text.ToString().IndexOf(text, start + 1, StringComparison.Ordinal);
        var first = -1;
        var end = -1;
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            if (document.Tokens[i].Span.Start == start) first = i;
            if (document.Tokens[i].Span.End == start + text.Length) end = i + 1;
        }
        Assert.True(first >= 0 && end > first, text);
        return WrittenWordBoundaries.With(document, new EntityMention(default, type, "", [], null) { Confidence = 0.9 }, first, end);
    }

    [Fact]
    public void A_person_ending_in_an_industry_word_is_a_firm_but_a_titled_name_is_not_retyped()
    {
        var document = SimpleDocuments.Tokenize("Among the accused were RJ Reynolds Tobacco and Brian Steel.");
        var firm = new CanonicalGroup("RJ Reynolds Tobacco", "PER", null);
        firm.Mentions.Add(Mention(document, "RJ Reynolds Tobacco", 0, "PER"));
        var person = new CanonicalGroup("Brian Steel", "PER", null);
        person.Mentions.Add(Mention(document, "Brian Steel", 0, "PER"));
        Assert.Equal("ORG", NewsTypeCues.TypeFor(firm, document, isSport: false, Gazetteer.Empty));
        Assert.Null(NewsTypeCues.TypeFor(person, document, isSport: false, Gazetteer.Empty));
    }

    [Theory]
    [InlineData("The", true)]
    [InlineData("No.", true)]
    [InlineData("PCs", true)]
    [InlineData("MPs", true)]
    [InlineData("Kurdish", true)]
    [InlineData("Iraqis", true)]
    [InlineData("US", false)]
    [InlineData("IT", true)]
    [InlineData("BBC", false)]
    [InlineData("Yukos", false)]
    public void Stop_words_abbreviations_plurals_and_group_words_are_never_names(string word, bool dropped)
    {
        var mention = new EntityMention(new TextSpan(0, word.Length), "ORG", word, [word], null);
        Assert.Equal(dropped, NotANameFilter.IsNotAName(mention, s_names));
    }

    [Fact]
    public void A_name_is_not_cut_at_the_hyphen_of_a_double_barrelled_surname()
    {
        var document = SimpleDocuments.Tokenize("Mark Lewis-Francis won the race.");
        var repaired = WrittenWordBoundaries.Repair(document, [Mention(document, "Mark Lewis", 0, "PER"), Mention(document, "Francis", 0, "PER")]);
        var m = Assert.Single(repaired);
        Assert.Equal("Mark Lewis-Francis", m.Surface);
    }

    [Fact]
    public void Places_joined_by_a_hyphen_stay_two_places()
    {
        var document = SimpleDocuments.Tokenize("The North Korea-Russia talks began.");
        var repaired = WrittenWordBoundaries.Repair(document, [Mention(document, "North Korea", 0, "LOC"), Mention(document, "Russia", 0, "LOC")]);
        Assert.Equal(["North Korea", "Russia"], repaired.Select(m => m.Surface));
    }

    [Fact]
    public void A_longer_name_read_once_is_read_the_same_way_everywhere_in_the_article()
    {
        var document = SimpleDocuments.Tokenize("Lycos Europe launched a screensaver. Critics said Lycos Europe had gone too far.");
        var mentions = new List<EntityMention>
        {
            Mention(document, "Lycos Europe", 0, "ORG"),
            Mention(document, "Lycos", 1, "PER"),
            Mention(document, "Europe", 1, "LOC"),
        };
        var result = NamePropagation.Propagate(document, mentions);
        Assert.Equal(["Lycos Europe", "Lycos Europe"], result.Select(m => m.Surface));
        Assert.All(result, m => Assert.Equal("ORG", m.Type));
    }

    [Fact]
    public void Unlinked_ids_come_from_type_and_normalised_name()
    {
        Assert.Equal("tp:per:mark-lewis-francis", EntityIds.Mint("PER", "Mark Lewis-Francis"));
        Assert.Equal("tp:loc:bush", EntityIds.Mint("LOC", "Būsh"));
        Assert.Equal("tp:org:marks-and-spencer", EntityIds.Mint("ORG", "Marks & Spencer"));
        Assert.Equal(EntityIds.Mint("ORG", "Labour Party"), EntityIds.Mint("ORG", "labour  party"));
        Assert.True(EntityIds.IsMinted("tp:org:x"));
        Assert.False(EntityIds.IsMinted("Q145"));
    }
}
