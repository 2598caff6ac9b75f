using TextPipeline.Diagnostics;
using TextPipeline.Tests.TestSupport;

namespace TextPipeline.Tests.Diagnostics;

public sealed class DiagnosticCatalogTests
{
    private static readonly Dictionary<string, char> s_rangeByCategory = new(StringComparer.Ordinal)
    {
        ["Ingestion"] = '1', ["Tokenization"] = '2', ["Entities"] = '3', ["Keyphrases"] = '4', ["Tags"] = '4',
        ["Summaries"] = '4', ["Subjects"] = '4', ["Topics"] = '5', ["Linking"] = '6', ["Output"] = '7',
    };

    [Fact]
    public void Ids_are_unique_well_formed_and_in_their_stage_range()
    {
        var all = DiagnosticCatalog.All;
        Assert.NotEmpty(all);
        Assert.Equal(all.Length, all.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var d in all)
        {
            Assert.Matches("^TP[1-7][0-9]{3}$", d.Id);
            Assert.True(s_rangeByCategory.TryGetValue(d.Category, out var digit), $"{d.Id}: unknown category {d.Category}");
            Assert.True(d.Id[2] == digit, $"{d.Id} is outside the range of {d.Category}");
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
        }
    }

    [Fact]
    public void Every_id_has_a_help_page()
    {
        foreach (var d in DiagnosticCatalog.All)
        {
            var page = SharedData.InRepo("docs", "diagnostics", d.Id + ".md");
            Assert.True(File.Exists(page), $"missing help page {page} (run docs/diagnostics/generate.sh)");
            Assert.Contains(d.Id, File.ReadAllText(page), StringComparison.Ordinal);
        }
    }
}
