using System.Text.Json;

namespace TextPipeline.Topics;

/// <summary>
/// The IPTC Media Topics vocabulary (CC BY 4.0) as term vectors: each current concept's label (counted twice) and
/// definition, as surface terms, TF-IDF weighted over the concepts. A topic's nearest concept is the one whose vector
/// has the highest cosine with the topic's term weights.
/// </summary>
internal sealed class IptcMediaTopics
{
    /// <summary>Below this cosine the nearest concept is not near enough to name.</summary>
    public const double MinScore = 0.05;

    private readonly List<(string Uri, string Label, Dictionary<string, double> Vector, double Norm)> _concepts;

    private IptcMediaTopics(List<(string, string, Dictionary<string, double>, double)> concepts) => _concepts = concepts;

    public int Count => _concepts.Count;

    /// <summary>Reads <c>cptall-en-US.json</c>; retired concepts are skipped.</summary>
    public static IptcMediaTopics Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var raw = new List<(string Uri, string Label, List<TopicTerm> Terms)>();
        foreach (var concept in json.RootElement.GetProperty("conceptSet").EnumerateArray())
        {
            if (concept.TryGetProperty("retired", out _)) continue;
            var label = Text(concept, "prefLabel");
            if (label.Length == 0) continue;
            var terms = TermExtractor.Extract(label + " " + label + " " + Text(concept, "definition"), null, TermMode.Surface);
            if (terms.Count > 0) raw.Add((concept.GetProperty("uri").GetString() ?? "", label, terms));
        }
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, _, terms) in raw)
        {
            foreach (var key in terms.Select(t => t.Key).Distinct(StringComparer.Ordinal)) df[key] = df.GetValueOrDefault(key) + 1;
        }
        var concepts = raw.Select(c =>
        {
            var vector = c.Terms.GroupBy(t => t.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count() * Math.Log((double)raw.Count / df[g.Key]), StringComparer.Ordinal);
            return (c.Uri, c.Label, vector, Math.Sqrt(vector.Values.Sum(v => v * v)));
        }).Where(c => c.Item4 > 0).ToList();
        return new IptcMediaTopics(concepts);
    }

    public IptcMatch? Nearest(IReadOnlyList<TermWeight> terms)
    {
        var topicNorm = Math.Sqrt(terms.Sum(t => t.Weight * t.Weight));
        if (topicNorm == 0) return null;
        IptcMatch? best = null;
        foreach (var (uri, label, vector, norm) in _concepts)
        {
            var dot = 0.0;
            foreach (var t in terms)
            {
                if (vector.TryGetValue(t.Key, out var w)) dot += w * t.Weight;
            }
            var score = dot / (norm * topicNorm);
            if (score >= MinScore && (best is null || score > best.Score)) best = new IptcMatch(uri, label, Math.Round(score, 4));
        }
        return best;
    }

    /// <summary>The model's topics with their nearest Media Topic filled in.</summary>
    public TopicModel Annotate(TopicModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var topics = model.Metadata.TopicList.Select(t => t with { Iptc = Nearest(t.Terms) }).ToList();
        return model.WithMetadata(model.Metadata with { TopicList = topics });
    }

    private static string Text(JsonElement concept, string property) =>
        concept.TryGetProperty(property, out var map) && map.ValueKind == JsonValueKind.Object && map.TryGetProperty("en-US", out var v)
            ? v.GetString() ?? "" : "";
}
