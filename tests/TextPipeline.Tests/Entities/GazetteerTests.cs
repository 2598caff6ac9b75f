using TextPipeline.Entities;
using TextPipeline.Entities.Gazetteers;

namespace TextPipeline.Tests.Entities;

public sealed class GazetteerTests
{
    [Fact]
    public void User_csv_names_and_aliases_share_the_entry_id_and_canonical_name()
    {
        var csv = "name,type,aliases,id\nAcme Widgets,ORG,Acme;AWC,site:42\n";
        var g = UserGazetteerReader.Read(new StringReader(csv));
        Assert.Equal(("Acme Widgets", "ORG", "site:42"), (g.Find("AWC")!.Canonical, g.Find("AWC")!.Type, g.Find("AWC")!.Id));
        var matches = g.FindMatches(["Shares", "of", "Acme", "Widgets", "and", "AWC", "rose"]);
        Assert.Equal([(2, 2), (5, 1)], matches.Select(m => (m.Start, m.Length)));
    }

    [Fact]
    public void Longest_match_wins_and_masks_mark_begin_and_inside()
    {
        var g = new Gazetteer([new("North Korea", "LOC", null, "North Korea"), new("Korea", "LOC", null, "Korea"), new("North Korean", "DEM", null, "North Korea")]);
        string[] words = ["the", "North", "Korea", "talks"];
        var m = Assert.Single(g.FindMatches(words));
        Assert.Equal((1, 2), (m.Start, m.Length));
        var masks = new int[4];
        g.ComputeMasks(words, masks);
        Assert.Equal(0, masks[0]);
        Assert.NotEqual(0, masks[1] & (1 << 4)); // B-LOC
        Assert.NotEqual(0, masks[2] & (1 << 5)); // I-LOC (inside "North Korea")
        Assert.NotEqual(0, masks[2] & (1 << 4)); // B-LOC ("Korea" alone)
    }

    [Fact]
    public void Names_split_like_tokens()
    {
        Assert.Equal(["People", "'s", "Republic"], Gazetteer.SplitName("People's Republic"));
        Assert.Equal(["Korea", ",", "North"], Gazetteer.SplitName("Korea, North"));
    }

    [Fact]
    public void User_gazetteer_names_are_found_with_their_ids_in_an_article()
    {
        using var dir = new TestSupport.TempDir();
        var csv = dir.File("g.csv", "name,type,aliases,id\nAcme Widgets,ORG,AWC,site:42\n");
        var resources = new EntityResources(null, Gazetteer.Empty, EntityResources.LoadUserGazetteer(csv, out _)); // gazetteer-only
        var doc = SimpleDocuments.Tokenize("Acme Widgets grew. AWC hired staff.");
        var entity = Assert.Single(EntityExtractor.Extract(doc, resources, null, []));
        Assert.Equal(("Acme Widgets", "ORG", "site:42", 2), (entity.Name, entity.Type, entity.Id, entity.Mentions.Count));
    }

    [Fact]
    public void Own_company_names_are_organisations_with_a_canonical_name_and_no_place_or_common_word()
    {
        var entries = OwnCompanyNames.All.ToList();
        Assert.All(entries, e => Assert.Equal("ORG", e.Type));
        Assert.Contains(entries, e => e is { Name: "Google", Canonical: "Google" });
        Assert.Contains(entries, e => e is { Name: "A.P. Moller-Maersk", Canonical: "Maersk" });
        // Everyday words and people's names would override correct tags; they stay out of the list.
        foreach (var risky in new[] { "Total", "Mars", "Shell", "Amazon", "Bloomberg", "Walt Disney", "Vice", "Subway" })
        {
            Assert.DoesNotContain(entries, e => e.Name == risky);
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Shipped_gazetteer_has_brand_names_and_no_share_class_titles()
    {
        var g = EntityResources.LoadGazetteer(TestSupport.TestModels.Store);
        Assert.Equal("ORG", g.Find("Google")?.Type);
        Assert.Equal("Deutsche Bahn", g.Find("Deutsche Bahn")?.Canonical);
        Assert.Null(g.Find("Alphabet Inc. (Class A)"));
        Assert.Equal("Alphabet Inc.", g.Find("Alphabet")?.Canonical);
    }
}
