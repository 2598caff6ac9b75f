using TextPipeline.Entities;
using TextPipeline.Keyphrases;
using TextPipeline.Text;
using TextPipeline.Topics;

namespace TextPipeline.Tagging;

/// <summary>
/// Merges an article's entities, keyphrases and topics into one ranked, de-duplicated tag list, mapped onto a
/// site's vocabulary when one is given.
/// <para><b>Relevance</b> (is the article about it, 0..1): an entity's salience; 0.9 × a keyphrase's score (its
/// score relative to the article's best candidate); a topic's weight. A tag that absorbs others keeps the highest.</para>
/// <para><b>Confidence</b> (is the tag itself right, 0..1): entities 0.95 when linked (gazetteer/knowledge base),
/// else 0.6 + 0.1 per mention up to 0.9; keyphrases 0.5 + 0.1 per occurrence up to 0.8, +0.1 when an entity or a
/// second keyphrase agrees; topics 0.5 × (1 + weight); vocabulary matches at least 0.9 (the site chose the tag).</para>
/// Ties are broken by kind (entity, vocabulary, keyphrase, topic) and then by name, ordinal.
/// </summary>
public static class TagRanker
{
    private const double KeyphraseRelevance = 0.9;

    public static IReadOnlyList<Tag> Rank(
        ArticleText text,
        ReadOnlySpan<Entity> entities,
        ReadOnlySpan<Keyphrase> keyphrases,
        ReadOnlySpan<TopicWeight> topics,
        Vocabulary vocabulary,
        int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var tags = new List<Draft>();
        foreach (var entity in entities)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal) { Vocabulary.Key(entity.Name) };
            foreach (var mention in entity.Mentions) keys.Add(Vocabulary.Key(text.ToString(mention)));
            keys.Remove(string.Empty);
            if (keys.Count == 0) continue;
            var confidence = entity.Linked ? 0.95 : Math.Min(0.9, 0.6 + 0.1 * entity.Mentions.Count);
            tags.Add(new Draft(entity.Name, TagKinds.Entity, entity.Type, Clamp(entity.Salience), confidence, entity.Id, keys));
        }
        foreach (var keyphrase in keyphrases)
        {
            // Tags name things: verbs and adjectives ("accept", "economic") are keyphrases but not tags.
            if (!keyphrase.IsNounPhrase) continue;
            var key = Vocabulary.Key(keyphrase.Text);
            if (key.Length == 0) continue;
            var relevance = Clamp(KeyphraseRelevance * keyphrase.Score);
            var confidence = Math.Min(0.8, 0.5 + 0.1 * keyphrase.Occurrences);
            if (FindAbsorber(tags, key) is { } absorber)
            {
                absorber.Relevance = Math.Max(absorber.Relevance, relevance);
                absorber.Confidence = Math.Min(1, absorber.Confidence + 0.05);
                if (absorber.Keys.Add(key)) absorber.Absorbed.Add((key, relevance, confidence));
                continue;
            }
            tags.Add(new Draft(keyphrase.Text, TagKinds.Keyphrase, null, relevance, confidence, null, [key]));
        }
        foreach (var topic in topics)
        {
            var key = Vocabulary.Key(topic.Label);
            if (key.Length == 0 || tags.Exists(t => t.Keys.Contains(key))) continue;
            tags.Add(new Draft(topic.Label, TagKinds.Topic, null, Clamp(topic.Weight), 0.5 * (1 + Clamp(topic.Weight)), null, [key]));
        }
        var mapped = MapToVocabulary(tags, vocabulary);
        mapped.Sort(static (a, b) =>
        {
            var c = b.Relevance.CompareTo(a.Relevance);
            if (c != 0) return c;
            c = KindOrder(a.Kind).CompareTo(KindOrder(b.Kind));
            return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
        });
        var result = new List<Tag>(Math.Min(count, mapped.Count));
        foreach (var d in mapped)
        {
            if (result.Count == count) break;
            result.Add(new Tag(d.Name, d.Kind, d.Type, Math.Round(d.Relevance, 4), Math.Round(d.Confidence, 4), d.Id));
        }
        return result;
    }

    /// <summary>A tag that already covers the key: same words, or an entity whose name holds the key as whole words.</summary>
    private static Draft? FindAbsorber(List<Draft> tags, string key)
    {
        foreach (var t in tags)
        {
            if (t.Keys.Contains(key)) return t;
        }
        foreach (var t in tags)
        {
            if (t.Kind != TagKinds.Entity) continue;
            foreach (var k in t.Keys)
            {
                if (ContainsWords(k, key) || ContainsWords(key, k) && key.Split(' ').Length <= k.Split(' ').Length + 1 && !IsWiderConcept(key, k)) return t;
            }
        }
        return null;
    }

    /// <summary>"russian embassy" is a thing of its own, not a spelling of "russia": phrases ending in a new noun stay.</summary>
    private static bool IsWiderConcept(string phrase, string entity) => !phrase.EndsWith(entity, StringComparison.Ordinal);

    /// <summary>
    /// A tag whose own name matches a site tag becomes that tag. A keyphrase an entity absorbed ("port" in "Port
    /// Authority") that matches a site tag adds the site tag beside the entity instead of replacing it: the entity is
    /// a different, more specific thing.
    /// </summary>
    private static List<Draft> MapToVocabulary(List<Draft> tags, Vocabulary vocabulary)
    {
        var result = new List<Draft>(tags.Count);
        var byEntry = new Dictionary<VocabularyEntry, Draft>();
        void AddOrMerge(VocabularyEntry entry, string? type, HashSet<string> keys, double relevance, double confidence)
        {
            if (byEntry.TryGetValue(entry, out var existing))
            {
                existing.Relevance = Math.Max(existing.Relevance, relevance);
                existing.Confidence = Math.Max(existing.Confidence, confidence);
                return;
            }
            var mapped = new Draft(entry.Tag, TagKinds.Vocabulary, type, relevance, Math.Max(0.9, confidence), entry.Id, keys);
            byEntry.Add(entry, mapped);
            result.Add(mapped);
        }
        foreach (var t in tags)
        {
            VocabularyEntry? entry = null;
            foreach (var key in t.Keys.Where(k => !t.Absorbed.Exists(a => a.Key == k)).Order(StringComparer.Ordinal))
            {
                if ((entry = vocabulary.Find(key)) is not null) break;
            }
            if (entry is not null)
            {
                AddOrMerge(entry, t.Type, t.Keys, t.Relevance, t.Confidence);
                continue;
            }
            result.Add(t);
            foreach (var (key, relevance, confidence) in t.Absorbed)
            {
                if (vocabulary.Find(key) is { } absorbedEntry) AddOrMerge(absorbedEntry, null, [key], relevance, confidence);
            }
        }
        return result;
    }

    private static bool ContainsWords(string outer, string inner)
    {
        if (outer.Length <= inner.Length) return false;
        var at = 0;
        while ((at = outer.IndexOf(inner, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || outer[at - 1] == ' ';
            var after = at + inner.Length == outer.Length || outer[at + inner.Length] == ' ';
            if (before && after) return true;
            at++;
        }
        return false;
    }

    private static int KindOrder(string kind) => kind switch
    {
        TagKinds.Entity => 0,
        TagKinds.Vocabulary => 1,
        TagKinds.Keyphrase => 2,
        _ => 3,
    };

    private static double Clamp(double v) => double.IsNaN(v) ? 0 : Math.Clamp(v, 0, 1);

    private sealed class Draft(string name, string kind, string? type, double relevance, double confidence, string? id, HashSet<string> keys)
    {
        public string Name { get; } = name;
        public string Kind { get; } = kind;
        public string? Type { get; } = type;
        public double Relevance { get; set; } = relevance;
        public double Confidence { get; set; } = confidence;
        public string? Id { get; } = id;
        public HashSet<string> Keys { get; } = keys;

        /// <summary>Keyphrases this tag absorbed, with the relevance and confidence they had on their own.</summary>
        public List<(string Key, double Relevance, double Confidence)> Absorbed { get; } = [];
    }
}
