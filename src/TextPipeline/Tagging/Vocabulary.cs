using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TextPipeline.Keyphrases;

namespace TextPipeline.Tagging;

/// <summary>
/// A site's own tag list (CSV with header <c>tag,aliases,id</c>; aliases separated by '|' or ';'). Candidates are
/// matched on their Porter-stemmed, lower-cased words, so "Sanctions", "sanction" and an alias all find the tag.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, VocabularyEntry> _byKey;

    private Vocabulary(Dictionary<string, VocabularyEntry> byKey) => _byKey = byKey;

    public static Vocabulary Empty { get; } = new(new Dictionary<string, VocabularyEntry>(StringComparer.Ordinal));

    public int Count => _byKey.Values.Distinct().Count();

    /// <summary>Reads the CSV; a missing file or bad row gives an error message instead of throwing.</summary>
    public static (Vocabulary Vocabulary, string? Error) Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path);
            return Parse(reader);
        }
        catch (IOException e)
        {
            return (Empty, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return (Empty, e.Message);
        }
    }

    public static (Vocabulary Vocabulary, string? Error) Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
        };
        var byKey = new Dictionary<string, VocabularyEntry>(StringComparer.Ordinal);
        try
        {
            using var csv = new CsvReader(reader, config);
            if (!csv.Read() || !csv.ReadHeader()) return (Empty, "the file is empty");
            if (csv.HeaderRecord is not { } header || !header.Any(h => h.Trim().Equals("tag", StringComparison.OrdinalIgnoreCase)))
            {
                return (Empty, "no 'tag' column in the header");
            }
            while (csv.Read())
            {
                var tag = csv.GetField("tag")?.Trim();
                if (string.IsNullOrEmpty(tag)) continue;
                var id = csv.TryGetField<string>("id", out var i) && !string.IsNullOrWhiteSpace(i) ? i.Trim() : null;
                var entry = new VocabularyEntry(tag, id);
                // The first row to claim a key keeps it, so the file's order decides ties.
                byKey.TryAdd(Key(tag), entry);
                if (csv.TryGetField<string>("aliases", out var aliases) && aliases is not null)
                {
                    foreach (var alias in aliases.Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        byKey.TryAdd(Key(alias), entry);
                    }
                }
            }
        }
        catch (CsvHelperException e)
        {
            return (new Vocabulary(byKey), e.Message);
        }
        byKey.Remove(string.Empty);
        return (new Vocabulary(byKey), null);
    }

    public VocabularyEntry? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The match key of a name: lower-cased, Porter-stemmed words joined by one space.</summary>
    public static string Key(string name) => PorterStemmer.StemPhrase(name);
}

/// <summary>One tag of a site's vocabulary: its name as the site writes it and the site's id.</summary>
internal sealed record VocabularyEntry(string Tag, string? Id);
