using TextPipeline.Entities;
using TextPipeline.Keyphrases;
using TextPipeline.Text;
using TextPipeline.Subjects;
using TextPipeline.Topics;

namespace TextPipeline.Tagging;

/// <summary>
/// Merges an article's entities, subjects and keyphrases into one ranked, de-duplicated tag list, mapped onto a
/// site's vocabulary when one is given. Per article and deterministic: it reads nothing but its arguments.
/// <para><b>Relevance</b> (is the article about it, 0..1): an entity's salience; a subject's √probability; a
/// keyphrase's taggability (<see cref="Keyphrase.TagScore"/>); the main subject at least
/// <see cref="MainSubjectRelevance"/>. A tag that absorbs others keeps the highest.</para>
/// <para><b>Confidence</b> (is the tag itself right, 0..1): entities 0.95 when linked (gazetteer/knowledge base/site list),
/// else 0.6 + 0.1 per mention up to 0.9; subjects their probability; keyphrases 0.5 + 0.1 per occurrence up to 0.8,
/// +0.05 when an entity or subject absorbs one; vocabulary matches at least 0.9 (the site chose the tag).</para>
/// <para><b>Names and ids</b>: entities by their canonical name and id (a listed id, or the id the entity stage minted from type and name); subjects by their IPTC label and code;
/// keyphrases by their canonical name (lower case, singular head, names as written) and a stable
/// <see cref="TagIds"/> id. Topic-model word lists are never tags.</para>
/// Ties are broken by kind (entity, vocabulary, subject, keyphrase) and then by name, ordinal.
/// </summary>
internal static class TagRanker
{
    /// <summary>The relevance the main (first) subject has at least.</summary>
    public const double MainSubjectRelevance = 0.6;

    public static IReadOnlyList<Tag> Rank(
        ArticleText text,
        ReadOnlySpan<Entity> entities,
        ReadOnlySpan<Keyphrase> keyphrases,
        ReadOnlySpan<Subject> subjects,
        Vocabulary vocabulary,
        TagOptions options) =>
        Rank(text, entities, keyphrases, subjects, TagResources.Empty with { Vocabulary = vocabulary }, options);

    public static IReadOnlyList<Tag> Rank(
        ArticleText text,
        ReadOnlySpan<Entity> entities,
        ReadOnlySpan<Keyphrase> keyphrases,
        ReadOnlySpan<Subject> subjects,
        TagResources resources,
        TagOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(options);
        var vocabulary = resources.Vocabulary;
        var tags = new List<Draft>();
        foreach (var entity in entities)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal) { Vocabulary.Key(entity.Name) };
            foreach (var mention in entity.Mentions) keys.Add(Vocabulary.Key(text.ToString(mention)));
            keys.Remove(string.Empty);
            if (keys.Count == 0) continue;
            var confidence = entity.Linked ? 0.95 : Math.Min(0.9, 0.6 + 0.1 * entity.Mentions.Count);
            var id = entity.Id ?? Entities.EntityIds.Mint(entity.Type, entity.Name);
            // A knowledge-base entity keeps its canonical name; another one-word name takes its usual letter case
            // ("LYCOS" → "Lycos"), but a name never becomes the common word it also spells ("Foster", not "foster").
            var usual = entity.Linked ? entity.Name : resources.Forms.Normalize(entity.Name);
            var entityName = usual.Length > 0 && char.IsUpper(entity.Name[0]) && !char.IsUpper(usual[0]) ? entity.Name : usual;
            tags.Add(new Draft(entityName, TagKinds.Entity, entity.Type, Clamp(entity.Salience), confidence, id, keys));
        }
        foreach (var subject in subjects)
        {
            // "economy, business and finance" is a desk, not a tag page anyone follows.
            if (subject.IsTopLevel) continue;
            var key = Vocabulary.Key(subject.Label);
            if (key.Length == 0 || tags.Exists(t => t.Keys.Contains(key))) continue;
            // The article's main subject (the first) is what an editor files it under: it always counts as relevant.
            var relevance = Math.Sqrt(Clamp(subject.Score));
            if (ReferenceEquals(subject, subjects[0]) || subject.Code == subjects[0].Code) relevance = Math.Max(relevance, MainSubjectRelevance);
            tags.Add(new Draft(subject.Label, TagKinds.Subject, null, relevance, Clamp(subject.Score), subject.Code, [key]));
        }
        foreach (var keyphrase in keyphrases)
        {
            // Tags name things: verbs and adjectives ("accept", "economic") are keyphrases but not tags, and so is a
            // phrase the taggability model does not believe an editor would publish.
            var tagScore = keyphrase.TagScore >= 0 ? keyphrase.TagScore : keyphrase.Score;
            var name = resources.Forms.Normalize(keyphrase.Name.Length > 0 ? keyphrase.Name : keyphrase.Text);
            var key = Vocabulary.Key(name);
            if (key.Length == 0 || !keyphrase.IsNounPhrase) continue;
            // A phrase the site's own list names is wanted whatever the taggability model thinks: the site chose it.
            if (vocabulary.Find(key) is not null) tagScore = Math.Max(tagScore, keyphrase.Score);
            else if (tagScore < options.MinKeyphraseScore) continue;
            // A keyphrase that names a Media Topic ("price", "unemployment") is that subject: one name and id everywhere.
            // Only when the article is filed on that topic's desk: "metal" in a review of the game Metal Slug is no commodity.
            var topic = resources.TopicNamed(key);
            if (topic is not null && (resources.Topics is not { } tree || subjects.Length == 0
                || NewsDesks.DeskOf(tree, topic.Code) != NewsDesks.DeskOf(tree, subjects[0].Code)))
            {
                topic = null;
            }
            if (topic is not null)
            {
                name = topic.Label;
                key = Vocabulary.Key(topic.Label);
            }
            var relevance = Clamp(tagScore);
            var confidence = Math.Min(0.8, 0.5 + 0.1 * keyphrase.Occurrences);
            if (FindAbsorber(tags, key) is { } absorber)
            {
                absorber.Relevance = Math.Max(absorber.Relevance, relevance);
                absorber.Confidence = Math.Min(1, absorber.Confidence + 0.05);
                if (absorber.Keys.Add(key)) absorber.Absorbed.Add((key, relevance, confidence));
                continue;
            }
            tags.Add(topic is null
                ? new Draft(name, TagKinds.Keyphrase, null, relevance, confidence, TagIds.Keyphrase(name), [key])
                : new Draft(name, TagKinds.Subject, null, relevance, confidence, topic.Code, [key]) { Source = TagKinds.Keyphrase });
        }
        var mapped = MapToVocabulary(tags, vocabulary);
        mapped.Sort(static (a, b) =>
        {
            var c = b.Relevance.CompareTo(a.Relevance);
            if (c != 0) return c;
            c = KindOrder(a.Kind).CompareTo(KindOrder(b.Kind));
            return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
        });
        var result = new List<Tag>(Math.Min(options.Count, mapped.Count));
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in mapped)
        {
            if (result.Count == options.Count) break;
            if (d.Relevance < options.MinRelevance || !Allowed(d, options.From)) continue;
            var limit = d.Source switch
            {
                TagKinds.Entity => options.MaxEntities,
                TagKinds.Subject => options.MaxSubjects,
                TagKinds.Keyphrase => options.MaxKeyphrases,
                _ => int.MaxValue,
            };
            var used = perKind.GetValueOrDefault(d.Source);
            if (d.Kind != TagKinds.Vocabulary && used >= limit) continue;
            perKind[d.Source] = used + 1;
            result.Add(new Tag(d.Name, d.Kind, d.Type, Math.Round(d.Relevance, 4), Math.Round(d.Confidence, 4), d.Id));
        }
        return result;
    }

    /// <summary>
    /// The earlier signature (entities, keyphrases and a tag count): no subjects, default options otherwise. Topic
    /// weights are accepted and ignored: topic-model word lists are not tags.
    /// </summary>
    public static IReadOnlyList<Tag> Rank(
        ArticleText text, ReadOnlySpan<Entity> entities, ReadOnlySpan<Keyphrase> keyphrases, ReadOnlySpan<TopicWeight> topics, Vocabulary vocabulary, int count) =>
        Rank(text, entities, keyphrases, [], vocabulary, TagOptions.Default with { Count = count });

    private static bool Allowed(Draft d, TagSource from) => from switch
    {
        TagSource.Vocabulary => d.Kind == TagKinds.Vocabulary,
        TagSource.EntitiesAndSubjects => d.Source is TagKinds.Entity or TagKinds.Subject,
        _ => true,
    };

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
        void AddOrMerge(VocabularyEntry entry, string? type, HashSet<string> keys, double relevance, double confidence, string source)
        {
            if (byEntry.TryGetValue(entry, out var existing))
            {
                existing.Relevance = Math.Max(existing.Relevance, relevance);
                existing.Confidence = Math.Max(existing.Confidence, confidence);
                return;
            }
            var mapped = new Draft(entry.Tag, TagKinds.Vocabulary, type, relevance, Math.Max(0.9, confidence), entry.Id, keys) { Source = source };
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
                AddOrMerge(entry, t.Type, t.Keys, t.Relevance, t.Confidence, t.Source);
                continue;
            }
            result.Add(t);
            foreach (var (key, relevance, confidence) in t.Absorbed)
            {
                if (vocabulary.Find(key) is { } absorbedEntry) AddOrMerge(absorbedEntry, null, [key], relevance, confidence, TagKinds.Keyphrase);
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
        TagKinds.Subject => 2,
        TagKinds.Keyphrase => 3,
        _ => 4,
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

        /// <summary>The kind the tag came from (entity, subject, keyphrase) before any vocabulary mapping.</summary>
        public string Source { get; init; } = kind;

        /// <summary>Keyphrases this tag absorbed, with the relevance and confidence they had on their own.</summary>
        public List<(string Key, double Relevance, double Confidence)> Absorbed { get; } = [];
    }
}
