using CsvHelper;
using CsvHelper.Configuration;
using System.Globalization;

namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// Reads a site's own entity list (<c>--gazetteer</c>): CSV with header <c>name,type,aliases,id</c>; aliases are
/// separated by <c>;</c> or <c>|</c>. Every alias gets the entry's canonical name and id.
/// </summary>
public static class UserGazetteerReader
{
    public static Gazetteer Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = null,
        };
        using var csv = new CsvReader(reader, config);
        var entries = new List<GazetteerEntry>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var name = csv.GetField("name")?.Trim();
            if (string.IsNullOrEmpty(name)) continue;
            var type = NormaliseType(csv.GetField("type"));
            var id = csv.GetField("id")?.Trim();
            if (string.IsNullOrEmpty(id)) id = null;
            entries.Add(new GazetteerEntry(name, type, id, name) { Source = "user" });
            foreach (var alias in (csv.GetField("aliases") ?? "").Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                entries.Add(new GazetteerEntry(alias, type, id, name) { Source = "user" });
            }
        }
        return new Gazetteer(entries);
    }

    private static string NormaliseType(string? type) => type?.Trim().ToUpperInvariant() switch
    {
        "PER" or "PERSON" => "PER",
        "ORG" or "ORGANIZATION" or "ORGANISATION" => "ORG",
        "LOC" or "LOCATION" or "PLACE" or "GPE" => "LOC",
        _ => "MISC",
    };
}
