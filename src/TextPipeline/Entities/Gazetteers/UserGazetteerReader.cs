using CsvHelper;
using CsvHelper.Configuration;
using System.Globalization;

namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// Reads a site's own entity list (<c>--gazetteer</c>): CSV with header <c>name,type,aliases,id</c>; aliases are
/// separated by <c>;</c> or <c>|</c>. Every alias gets the entry's canonical name and id.
/// </summary>
internal static class UserGazetteerReader
{
    /// <summary>The largest --gazetteer file read (64 MiB); a FIFO or device is refused before it is opened.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads a --gazetteer file; rows that cannot be used are described in <paramref name="problems"/> ("line 4: …").</summary>
    public static Gazetteer ReadFile(string path, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var bytes = BoundedFile.TryReadAllBytes(path, MaxBytes, out var problem)
            ?? throw new IOException(problem!.Failure == BoundedReadFailure.TooLarge ? $"the file is larger than {MaxBytes:N0} bytes" : problem.Message);
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        return Read(reader, problems);
    }

    public static Gazetteer Read(TextReader reader) => Read(reader, new List<string>());

    public static Gazetteer Read(TextReader reader, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(problems);
        var badRow = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = _ => badRow = true,
        };
        using var csv = new CsvReader(reader, config);
        var entries = new List<GazetteerEntry>();
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header
            || !header.Any(h => h.Trim().Equals("name", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add("line 1: the header has no 'name' column (expected name,type,aliases,id); no entity is read");
            return new Gazetteer(entries);
        }
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (badRow || (csv.Parser.RawRecord ?? "").AsSpan().Count('"') % 2 == 1)
            {
                problems.Add($"line {line}: broken quoting; the row is skipped");
                badRow = false;
                continue;
            }
            var name = csv.GetField("name")?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                problems.Add($"line {line}: the row has no name; it is skipped");
                continue;
            }
            var rawType = csv.GetField("type");
            var type = NormaliseType(rawType);
            if (type == "MISC" && !string.IsNullOrWhiteSpace(rawType) && !rawType.Trim().Equals("MISC", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"line {line}: unknown type '{rawType.Trim()}' for '{name}' (expected PER, ORG, LOC or MISC); read as MISC");
            }
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
