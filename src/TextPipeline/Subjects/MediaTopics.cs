using System.Collections.Frozen;
using System.Text.Json;

namespace TextPipeline.Subjects;

/// <summary>
/// The IPTC Media Topics vocabulary (CC BY 4.0, IPTC) as a tree of current concepts: code, English label, broader
/// concept. Read from IPTC's <c>cptall-en-US.json</c> at training time and stored in the subject model, so a run
/// needs no other file.
/// </summary>
public sealed class MediaTopics
{
    /// <summary>The credit the licence asks for wherever labels are shipped or shown.</summary>
    public const string Attribution =
        "Contains IPTC Media Topics (c) IPTC - International Press Telecommunications Council, https://iptc.org, licensed under CC BY 4.0.";

    private const string CodePrefix = "medtop:";

    private readonly FrozenDictionary<string, MediaTopic> _byCode;

    public MediaTopics(IEnumerable<MediaTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        _byCode = topics.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
    }

    public int Count => _byCode.Count;

    public IEnumerable<MediaTopic> All => _byCode.Values.OrderBy(t => t.Code, StringComparer.Ordinal);

    public MediaTopic? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>0 for the 17 top-level topics, 1 for their children, and so on.</summary>
    public int Depth(string code)
    {
        var depth = 0;
        for (var t = Find(code); t?.Parent is { } parent && depth < 16; t = Find(parent)) depth++;
        return depth;
    }

    /// <summary>The topic itself, then its broader topics up to the top level.</summary>
    public IEnumerable<string> SelfAndAncestors(string code)
    {
        var seen = 0;
        for (var t = Find(code); t is not null && seen++ < 16; t = t.Parent is { } p ? Find(p) : null) yield return t.Code;
    }

    /// <summary>The top-level topic above <paramref name="code"/> (itself when it is top-level), or null when unknown.</summary>
    public string? TopLevel(string code) => SelfAndAncestors(code).LastOrDefault();

    /// <summary>
    /// Reads IPTC's JSON export. Retired concepts are skipped; a concept without an English label is skipped too, and
    /// its children hang under its own broader concept.
    /// </summary>
    public static MediaTopics LoadIptcJson(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var raw = new List<(string Code, string Label, string? Parent)>();
        foreach (var concept in json.RootElement.GetProperty("conceptSet").EnumerateArray())
        {
            if (concept.TryGetProperty("retired", out _)) continue;
            if (!concept.TryGetProperty("qcode", out var qcode) || qcode.GetString() is not { } code) continue;
            string? parent = null;
            if (concept.TryGetProperty("broader", out var broader) && broader.ValueKind == JsonValueKind.Array && broader.GetArrayLength() > 0)
            {
                var uri = broader[0].GetString() ?? "";
                parent = CodePrefix + uri[(uri.LastIndexOf('/') + 1)..];
            }
            raw.Add((code, EnglishLabel(concept), parent));
        }
        var parentOf = raw.ToDictionary(r => r.Code, r => r.Parent, StringComparer.Ordinal);
        var labelled = raw.Where(r => r.Label.Length > 0).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        string? KeptParent(string? p)
        {
            for (var hops = 0; p is not null && !labelled.Contains(p) && hops < 16; hops++) p = parentOf.GetValueOrDefault(p);
            return p is not null && labelled.Contains(p) ? p : null;
        }
        return new MediaTopics(raw.Where(r => r.Label.Length > 0).Select(r => new MediaTopic(r.Code, r.Label, KeptParent(r.Parent))));
    }

    private static string EnglishLabel(JsonElement concept)
    {
        if (!concept.TryGetProperty("prefLabel", out var labels) || labels.ValueKind != JsonValueKind.Object) return "";
        foreach (var language in new[] { "en-US", "en-GB", "en" })
        {
            if (labels.TryGetProperty(language, out var v) && v.GetString() is { Length: > 0 } s) return s;
        }
        return "";
    }
}
