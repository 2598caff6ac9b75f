using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace TextPipeline.Tagging;

/// <summary>
/// The usual letter case of words in news ("oil", "WorldCom", "iPod"), counted away from the start of sentences, so
/// that a one-word tag is written the same way in every article ("Oil" at a sentence start becomes "oil"). A shipped,
/// immutable table (<see cref="ModelFileName"/>, built by <c>train keyphrases --news</c>): an article's tag names
/// depend on it and the article alone. Saved as gzip TSV: <c>key TAB form TAB count</c>.
/// </summary>
public sealed partial class TagNameForms
{
    public const string ModelFileName = "tag-name-forms-en.tsv.gz";

    private readonly FrozenDictionary<string, string> _formByKey;

    private TagNameForms(FrozenDictionary<string, string> formByKey) => _formByKey = formByKey;

    public static TagNameForms Empty { get; } = new(FrozenDictionary<string, string>.Empty);

    public int Count => _formByKey.Count;

    /// <summary>The usual form of a one-word name, or the name itself when it is unknown or longer than a word.</summary>
    public string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Contains(' ', StringComparison.Ordinal)) return name;
        var key = name.ToLowerInvariant();
        if (_formByKey.TryGetValue(key, out var form)) return form;
        // A singular news never writes ("viruse" from "viruses") is a lemmatizer slip: the plural is the word.
        if (key.EndsWith('e') && _formByKey.TryGetValue(key + "s", out var plural) && char.IsLower(name[0])) return plural;
        return name;
    }

    /// <summary>Counts word forms in news texts (words at the start of a sentence or line are not counted).</summary>
    public static IReadOnlyList<(string Key, string Form, int Count)> CountForms(IEnumerable<string> texts, int minCount = 3)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in WordPattern().Matches(text))
            {
                if (IsSentenceStart(text, m.Index)) continue;
                var key = m.Value.ToLowerInvariant();
                if (!counts.TryGetValue(key, out var forms)) counts[key] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[m.Value] = forms.GetValueOrDefault(m.Value) + 1;
            }
        }
        return [.. counts.Where(p => p.Value.Values.Sum() >= minCount).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var best = p.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First();
            return (p.Key, best.Key, p.Value.Values.Sum());
        })];
    }

    public static void Save(Stream stream, IEnumerable<(string Key, string Form, int Count)> entries)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(entries);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (key, form, count) in entries) w.WriteLine($"{key}\t{form}\t{count.ToString(CultureInfo.InvariantCulture)}");
    }

    public static TagNameForms Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var cols = line.Split('\t');
            if (cols.Length >= 2) forms[cols[0]] = cols[1];
        }
        return new TagNameForms(forms.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The shipped table of <paramref name="models"/>, loaded once per store (TP4203, TP4204 when it cannot be).</summary>
    public static TagNameForms Load(Models.ModelStore models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Load(ModelFileName, file => Load(file.OpenRead()), TagDiagnostics.ModelMissing, TagDiagnostics.ModelUnreadable);
    }

    private static bool IsSentenceStart(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '.' or '!' or '?' or ':' or '"' or '“' or '‘' or '\'') return true;
            if (!char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{N}]*(?:[-’'][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
