using TextPipeline.Entities;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Linking;
using TextPipeline.Entities.Typing;
using TextPipeline.Text;

namespace TextPipeline.Tests.Entities;

/// <summary>Linking decisions on small gazetteers: type, prior, article support, spelling.</summary>
public sealed class EntityLinkerTests
{
    private const string FootballStory = "Chelsea beat Arsenal. The striker scored two goals and the goalkeeper saved a penalty in the league match.";
    private const string BusinessStory = "Chelsea residents said shares and profits of the firm fell as the market and investors worried about prices.";

    private static CanonicalGroup Link(string text, string name, string type, Gazetteer gazetteer, params string[] countries)
    {
        var document = SimpleDocuments.Tokenize(text);
        var start = text.IndexOf(name, StringComparison.Ordinal);
        Assert.True(start >= 0, name);
        var group = new CanonicalGroup(name, type, null);
        group.Mentions.Add(new EntityMention(new TextSpan(start, name.Length), type, name, Gazetteer.SplitName(name), null) { Confidence = 0.9 });
        var evidence = new ArticleEvidence(document, ArticleSubjects.Of(document), countries);
        new EntityLinker(gazetteer, evidence, document).Link(group);
        return group;
    }

    private static readonly GazetteerEntry s_bush = new("Bush", "LOC", "geonames:358600", "Būsh") { Source = "geonames", Population = 136441, Country = "EG" };

    [Fact]
    public void A_person_is_never_linked_to_a_place_of_the_same_name()
    {
        var g = Link("President Bush said so.", "Bush", "PER", new Gazetteer([s_bush]));
        Assert.False(g.Linked);
        Assert.Equal(("Bush", "PER", "tp:per:bush"), (g.Name, g.Type, g.Id));
    }

    [Fact]
    public void An_ascii_spelling_of_a_foreign_place_needs_its_country_and_never_shows_letters_the_article_lacks()
    {
        var gazetteer = new Gazetteer([s_bush]);
        Assert.False(Link("Floods hit Bush on Monday.", "Bush", "LOC", gazetteer).Linked);
        var linked = Link("Floods hit Bush in Egypt on Monday.", "Bush", "LOC", gazetteer, "EG");
        Assert.True(linked.Linked);
        Assert.Equal(("Bush", "geonames:358600"), (linked.Name, linked.Id));
    }

    [Fact]
    public void A_list_abbreviation_expands_only_when_the_article_writes_the_expansion()
    {
        var olive = new GazetteerEntry("IOC", "ORG", "Q13516775", "International Olive Council") { Source = "io" };
        var gazetteer = new Gazetteer([olive]);
        var bare = Link("The IOC met on Monday.", "IOC", "ORG", gazetteer);
        Assert.False(bare.Linked);
        Assert.Equal("IOC", bare.Name);
        var written = Link("The International Olive Council (IOC) met. The IOC said prices rose.", "IOC", "ORG", gazetteer);
        Assert.Equal(("International Olive Council", "Q13516775"), (written.Name, written.Id));
    }

    [Fact]
    public void A_subject_bound_sense_holds_only_in_stories_of_that_subject()
    {
        var olympic = new GazetteerEntry("IOC", "ORG", null, "International Olympic Committee") { Source = "own-senses", Kind = "sense:sport" };
        var gazetteer = new Gazetteer([olympic]);
        var sport = Link("The IOC said the athletes, the team coach and the champion of the tournament face a doping ban this season.", "IOC", "ORG", gazetteer);
        Assert.Equal("International Olympic Committee", sport.Name);
        Assert.False(Link("The IOC said oil prices and shares rose as investors and the market bought the firm.", "IOC", "ORG", gazetteer).Linked);
    }

    [Fact]
    public void A_town_is_its_club_in_a_story_of_the_clubs_sport_and_a_place_elsewhere()
    {
        var place = new GazetteerEntry("Chelsea", "LOC", "geonames:2653265", "Chelsea") { Source = "geonames", Population = 60000, Country = "GB" };
        var club = new GazetteerEntry("Chelsea", "ORG", null, "Chelsea FC") { Source = "own-clubs", Kind = "sport:football" };
        var gazetteer = new Gazetteer([club, place]);
        var football = Link(FootballStory, "Chelsea", "LOC", gazetteer);
        Assert.Equal(("Chelsea FC", "ORG", true), (football.Name, football.Type, football.Linked));
        var business = Link(BusinessStory, "Chelsea", "LOC", gazetteer, "GB");
        Assert.Equal(("Chelsea", "LOC", "geonames:2653265"), (business.Name, business.Type, business.Id));
        Assert.False(Link(BusinessStory, "Chelsea", "LOC", gazetteer).Linked);
    }

    [Fact]
    public void A_politics_story_that_speaks_of_winning_is_not_a_sports_story()
    {
        const string politics = "Blair won the election and beat the Tories to a third victory, the longest win since Lord Liverpool. " +
            "The minister said the government and the party would take the vote to parliament.";
        var club = new GazetteerEntry("Liverpool", "ORG", null, "Liverpool FC") { Source = "own-clubs", Kind = "sport:football" };
        Assert.False(ArticleSubjects.Of(SimpleDocuments.Tokenize(politics)).IsSport);
        Assert.True(ArticleSubjects.Of(SimpleDocuments.Tokenize(FootballStory)).IsSport);
        Assert.False(Link(politics, "Liverpool", "ORG", new Gazetteer([club])).Linked);
    }

    [Fact]
    public void A_large_place_links_without_support_and_confidence_is_reported()
    {
        var london = new GazetteerEntry("London", "LOC", "geonames:2643743", "London") { Source = "geonames", Population = 8961989, Country = "GB" };
        var g = Link("Talks in London ended.", "London", "LOC", new Gazetteer([london]));
        Assert.True(g.Linked);
        Assert.InRange(g.Confidence, 0.5, 1);
    }
}
