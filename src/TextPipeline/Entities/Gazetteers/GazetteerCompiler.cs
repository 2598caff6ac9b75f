using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// Builds the shipped gazetteer from the open lists in <c>shared/data/gazetteers</c> plus <see cref="OwnGazetteerEntries"/>.
/// Each line keeps its source (column 5) so its licence travels with it; the header states provenance and licences.
/// </summary>
internal static class GazetteerCompiler
{
    private static readonly string[] s_header =
    [
        "# TextPipeline gazetteer: name TAB type TAB id TAB canonical TAB source. Compiled by `textpipeline train gazetteer`.",
        "# Types: PER, ORG, LOC, MISC; DEM = demonym (counts for its country); NORP = a people, faith or group word (never an entity).",
        "# Each line keeps the licence of its source:",
        "#   countries: mledoze/countries countries.json, ODbL 1.0 (this derived list is published under ODbL 1.0)",
        "#   geonames: GeoNames cities15000 + admin1, CC BY 4.0, attribution: GeoNames (geonames.org)",
        "#   io: SupraVerden international organisations, CC BY-SA 4.0 (derived list under CC BY-SA 4.0)",
        "#   us-states: Wikidata via us-states list, CC0 1.0",
        "#   sp500: S&P 500 constituents (datasets/s-and-p-500-companies), ODC PDDL 1.0",
        "#   us-news: US newspapers from Wikipedia lists, CC0 1.0",
        "#   leaders: world leaders, Wikidata CC0 (scraper repository unlicensed)",
        "#   own, own-companies, own-places, own-clubs, own-senses, own-groups, own-bands: TextPipeline's own entries, public domain",
        "# Columns 6-9 (linking evidence): population (GeoNames), ISO 3166 country code, count of the one-word name's",
        "#   lower-case form in the word-cluster corpus (a common word when large), kind (sport:<sport>, sense:<subject>, region).",
    ];

    /// <param name="gazetteersDir">The open lists (shared/data/gazetteers).</param>
    /// <param name="wordCounts">Case-sensitive word counts of ordinary text (the word-clusters file), or null.</param>
    /// <param name="log">Progress lines.</param>
    public static IReadOnlyList<(GazetteerEntry Entry, string Source)> Compile(string gazetteersDir, IReadOnlyDictionary<string, int>? wordCounts = null, IProgress<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteersDir);
        var result = new List<(GazetteerEntry, string)>();
        void AddAll(string source, IEnumerable<GazetteerEntry> entries)
        {
            var before = result.Count;
            foreach (var e in entries)
            {
                var name = e.Name.Trim();
                if (name.Length < 2 || name.Contains('\t', StringComparison.Ordinal)) continue;
                var common = wordCounts is not null && !name.Contains(' ', StringComparison.Ordinal)
                    ? wordCounts.GetValueOrDefault(name.ToLowerInvariant()) : 0;
                result.Add((e with { Name = name, Source = source, CommonWordCount = common }, source));
            }
            log?.Report($"gazetteer: {source}: {result.Count - before:N0} names");
        }
        AddAll("own", OwnGazetteerEntries.All);
        AddAll("own-companies", OwnCompanyNames.All);
        AddAll("own-places", OwnPlaceNames.All);
        AddAll("own-clubs", OwnClubNames.All);
        AddAll("own-senses", OwnAbbreviationSenses.All);
        AddAll("own-groups", OwnGroupNames.All);
        AddAll("own-bands", OwnBandNames.All);
        var countryIds = ReadCountryIds(Path.Combine(gazetteersDir, "world-leaders", "wikidata.csv"));
        AddAll("countries", ReadCountries(Path.Combine(gazetteersDir, "countries", "countries.json"), countryIds));
        AddAll("us-states", ReadUsStates(Path.Combine(gazetteersDir, "us-states", "wikidata-us-states.tsv")));
        AddAll("io", ReadOrganisations(Path.Combine(gazetteersDir, "international-organisations", "general_list.yaml")));
        AddAll("leaders", ReadLeaders(Path.Combine(gazetteersDir, "world-leaders", "wikidata.csv")));
        AddAll("sp500", ReadSp500(Path.Combine(gazetteersDir, "sp500-companies", "constituents.csv")));
        AddAll("us-news", ReadNewspapers(Path.Combine(gazetteersDir, "us-newspapers", "wikipedia-us-newspapers.tsv")));
        AddAll("geonames", ReadGeoNames(Path.Combine(gazetteersDir, "geonames")));
        // First occurrence of (name, type) wins: own entries, then the more specific lists.
        var seen = new HashSet<(string, string, string?)>();
        return WithKnownIds([.. result.Where(r => seen.Add((r.Item1.Name, r.Item1.Type, r.Item1.Kind)))]);
    }

    /// <summary>
    /// An entry without an id whose canonical name a Wikidata-keyed list holds under one QID (of the same type) takes
    /// that QID: our own sense and club entries ("European Central Bank" for ECB in business stories) then link to the
    /// same id as the list's entry they shadow. GeoNames ids are never borrowed (one name, many places).
    /// </summary>
    private static List<(GazetteerEntry Entry, string Source)> WithKnownIds(List<(GazetteerEntry Entry, string Source)> entries)
    {
        var qids = new Dictionary<(string Canonical, string Type), string?>();
        foreach (var (e, _) in entries)
        {
            if (e.Id is not { } id || !id.StartsWith('Q')) continue;
            var key = (e.Canonical, e.Type);
            if (!qids.TryGetValue(key, out var known)) qids[key] = id;
            else if (known is not null && known != id) qids[key] = null; // two items of one name: borrow neither
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var (e, source) = entries[i];
            if (e.Id is null && qids.GetValueOrDefault((e.Canonical, e.Type)) is { } qid) entries[i] = (e with { Id = qid }, source);
        }
        return entries;
    }

    public static void Write(string path, IReadOnlyList<(GazetteerEntry Entry, string Source)> entries)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(entries);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in s_header) writer.WriteLine(line);
        foreach (var (e, source) in entries)
        {
            var population = e.Population > 0 ? e.Population.ToString(CultureInfo.InvariantCulture) : "";
            var common = e.CommonWordCount > 0 ? e.CommonWordCount.ToString(CultureInfo.InvariantCulture) : "";
            var line = string.Join('\t', e.Name, e.Type, e.Id ?? "", e.Canonical == e.Name ? "" : e.Canonical, source, population, e.Country ?? "", common, e.Kind ?? "");
            writer.WriteLine(line.TrimEnd('\t'));
        }
    }

    private static Dictionary<string, string> ReadCountryIds(string path)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReadCsv(path).Skip(1))
        {
            if (row.Length > 1) ids.TryAdd(row[1], row[0]);
        }
        return ids;
    }

    private static IEnumerable<GazetteerEntry> ReadCountries(string path, Dictionary<string, string> ids)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var list = new List<GazetteerEntry>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var name = c.GetProperty("name");
            var common = name.GetProperty("common").GetString()!;
            var id = ids.GetValueOrDefault(common);
            var code = c.TryGetProperty("cca2", out var cca2) ? cca2.GetString() : null;
            list.Add(new GazetteerEntry(common, "LOC", id, common) { Country = code });
            list.Add(new GazetteerEntry(name.GetProperty("official").GetString()!, "LOC", id, common) { Country = code });
            if (c.TryGetProperty("altSpellings", out var alts))
            {
                foreach (var alt in alts.EnumerateArray())
                {
                    var a = alt.GetString()!;
                    if (a.Length >= 3 && IsLatin(a) && !a.Contains(',', StringComparison.Ordinal)) list.Add(new GazetteerEntry(a, "LOC", id, common) { Country = code });
                }
            }
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var g in eng.EnumerateObject())
                {
                    var d = g.Value.GetString();
                    if (!string.IsNullOrEmpty(d)) list.Add(new GazetteerEntry(d, "DEM", id, common) { Country = code });
                }
            }
        }
        return list;
    }

    private static IEnumerable<GazetteerEntry> ReadUsStates(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 7) continue;
            yield return new GazetteerEntry(c[2], "LOC", c[6], c[2]) { Country = "US" };
            if (c[1].Length > 2 && c[1] != c[2]) yield return new GazetteerEntry(c[1], "LOC", c[6], c[2]) { Country = "US" };
        }
    }

    private static IEnumerable<GazetteerEntry> ReadOrganisations(string path)
    {
        string? name = null, id = null;
        var aliases = new List<string>();
        var list = new List<GazetteerEntry>();
        void Flush()
        {
            if (name is null) return;
            list.Add(new GazetteerEntry(name, "ORG", id, name));
            foreach (var a in aliases) list.Add(new GazetteerEntry(a, "ORG", id, name));
            aliases.Clear();
            id = null;
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0 && line[0] != ' ' && line.EndsWith(':'))
            {
                Flush();
                name = Unquote(line[..^1]);
                continue;
            }
            var t = line.Trim();
            var colon = t.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0) continue;
            var key = t[..colon];
            var value = Unquote(t[(colon + 2)..]);
            if (value.Length == 0 || value.StartsWith('[')) continue;
            if (key == "Wikidata_code") id = value;
            else if (key == "Name_en") name = value;
            else if (key is "Abbreviation_en" or "Name_other_en" or "Name_other_2_en" or "Abbreviation_other_en") aliases.Add(value);
        }
        Flush();
        return list.Where(e => IsLatin(e.Name));
    }

    private static IEnumerable<GazetteerEntry> ReadLeaders(string path)
    {
        foreach (var row in ReadCsv(path).Skip(1))
        {
            if (row.Length < 6 || row[5].StartsWith('Q')) continue;
            yield return new GazetteerEntry(row[5], "PER", row[4], row[5]);
        }
    }

    private static IEnumerable<GazetteerEntry> ReadSp500(string path)
    {
        foreach (var row in ReadCsv(path).Skip(1))
        {
            if (row.Length < 2) continue;
            // "Alphabet Inc. (Class A)": the share class is not part of the company's name.
            var name = row[1];
            var shareClass = name.IndexOf(" (Class ", StringComparison.Ordinal);
            if (shareClass > 0) name = name[..shareClass];
            yield return new GazetteerEntry(name, "ORG", null, name) { Country = "US" };
            var shortName = StripCorporateSuffix(name);
            if (shortName != name && shortName.Length > 2) yield return new GazetteerEntry(shortName, "ORG", null, name) { Country = "US" };
        }
    }

    private static IEnumerable<GazetteerEntry> ReadNewspapers(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 5) continue;
            var name = c[0];
            var paren = name.IndexOf(" (", StringComparison.Ordinal);
            if (paren > 0) name = name[..paren];
            yield return new GazetteerEntry(name, "ORG", c[4].StartsWith('Q') ? c[4] : null, name) { Country = "US" };
        }
    }

    private static IEnumerable<GazetteerEntry> ReadGeoNames(string dir)
    {
        var cities = new List<(GazetteerEntry Entry, long Population)>();
        using (var zip = ZipFile.OpenRead(Path.Combine(dir, "cities15000.zip")))
        {
            var entry = zip.GetEntry("cities15000.txt") ?? throw new InvalidDataException("cities15000.txt missing from the zip.");
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                var c = line.Split('\t');
                if (c.Length < 3) continue;
                // One- and two-letter place names ("Un", "Bo") match abbreviations and name parts far more often than places.
                if (c[1].Length < 3) continue;
                var population = c.Length > 14 && long.TryParse(c[14], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
                var place = new GazetteerEntry(c[1], "LOC", "geonames:" + c[0], c[1])
                {
                    Population = population,
                    Country = c.Length > 8 && c[8].Length == 2 ? c[8] : null,
                };
                cities.Add((place, population));
                if (c[2] != c[1] && c[2].Length > 2) cities.Add((place with { Name = c[2] }, population));
            }
        }
        // Many towns share a name ("Santa Barbara" is in the US, Brazil, Venezuela …): the most populous one names it
        // (first entry wins when the list is de-duplicated). The sort is stable, so equal populations keep file order.
        var list = cities.OrderByDescending(c => c.Population).Select(c => c.Entry).ToList();
        foreach (var line in File.ReadLines(Path.Combine(dir, "admin1-regionInfo.tsv")))
        {
            if (line.StartsWith('#')) continue;
            var c = line.Split('\t');
            if (c.Length < 3) continue;
            var region = new GazetteerEntry(c[1], "LOC", c.Length > 3 && c[3].Length > 0 ? "geonames:" + c[3] : null, c[1])
            {
                Country = c[0].Length > 2 && c[0][2] == '.' ? c[0][..2] : null,
                Kind = "region",
            };
            list.Add(region);
            if (c[2] != c[1]) list.Add(region with { Name = c[2] });
        }
        return list;
    }

    /// <summary>
    /// Counts of all-lower-case word forms in a word-clusters file (<c>bits TAB word TAB count</c>): how often a name
    /// such as "bank" or "reading" is an ordinary word.
    /// </summary>
    public static Dictionary<string, int> ReadLowerCaseWordCounts(Stream clusters, bool compressed)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        using Stream body = compressed ? new GZipStream(clusters, CompressionMode.Decompress) : clusters;
        using var reader = new StreamReader(body, Encoding.UTF8);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 3 || !cols[1].Any(char.IsLetter) || cols[1].Any(char.IsUpper)) continue;
            if (int.TryParse(cols[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) counts[cols[1]] = counts.GetValueOrDefault(cols[1]) + n;
        }
        return counts;
    }

    private static string StripCorporateSuffix(string name)
    {
        foreach (var suffix in new[] { " Inc.", ", Inc.", " Corporation", " Corp.", " Company", " Co.", " plc", " Ltd.", " Group", " Holdings", " Incorporated" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length].TrimEnd(',', ' ');
        }
        return name;
    }

    private static bool IsLatin(string s)
    {
        foreach (var ch in s)
        {
            if (ch > 0x24F && !char.IsPunctuation(ch)) return false;
        }
        return true;
    }

    private static string Unquote(string s)
    {
        s = s.Trim();
        if (s.Length >= 2 && (s[0] == '\'' && s[^1] == '\'' || s[0] == '"' && s[^1] == '"')) s = s[1..^1];
        return s.Replace("''", "'", StringComparison.Ordinal);
    }

    /// <summary>Minimal RFC 4180 reader (quoted fields, doubled quotes); the lists hold no multi-line fields.</summary>
    private static IEnumerable<string[]> ReadCsv(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var fields = new List<string>();
            var sb = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var ch = line[i];
                if (quoted)
                {
                    if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                    else if (ch == '"') quoted = false;
                    else sb.Append(ch);
                }
                else if (ch == '"') quoted = true;
                else if (ch == ',') { fields.Add(sb.ToString()); sb.Clear(); }
                else sb.Append(ch);
            }
            fields.Add(sb.ToString());
            yield return [.. fields];
        }
    }

    internal static string Describe(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
