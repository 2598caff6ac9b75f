using System.Collections.Immutable;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Linking;
using TextPipeline.Entities.Mentions;
using TextPipeline.Entities.Recognition;
using TextPipeline.Entities.Typing;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities;

/// <summary>
/// The entity step for one article, from its tokens and the shipped (and site) resources alone, so the result never
/// depends on other articles: recognise (<see cref="MentionRecognizer"/>), drop what is never a name, repair and
/// spread names across the article (one reading per name), one type per name, group mentions into entities, type them
/// from news cues, link them with evidence (<see cref="EntityLinker"/>), merge entities linked to the same thing, count
/// demonyms, score salience.
/// </summary>
internal static class EntityExtractor
{
    public static EquatableArray<Entity> Extract(
        Document document, EntityResources resources, string? title, ImmutableArray<TextSpan> headings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resources);
        var (recognized, demonyms) = MentionRecognizer.Recognize(document, resources, cancellationToken);
        var shipped = resources.Shipped;
        var commonNouns = NotANameFilter.CommonNounAbbreviations(document);
        var mentions = recognized.Where(m => !NotANameFilter.IsNotAName(m, shipped) && !commonNouns.Contains(m.Surface)).ToList();
        mentions = WrittenWordBoundaries.Repair(document, mentions);
        mentions = ConjunctionSplit.Split(document, mentions);
        mentions = NamePropagation.Propagate(document, mentions);
        mentions = [.. mentions.Where(m => !NotANameFilter.IsNotAName(m, shipped))];
        mentions = TypeConsistency.Unify(mentions);
        mentions.RemoveAll(m => NotANameFilter.IsCommonWordWork(m, resources.Model?.Lexicon));
        var subjects = ArticleSubjects.Of(document);
        var groups = EntityCanonicalizer.Group(mentions, document.Text, m => KeepsListedType(m, shipped), m => IsListedName(m, resources.Lookup), m => IsKnownWord(m, resources.Lookup));
        foreach (var g in groups)
        {
            if (NewsTypeCues.TypeFor(g, document, subjects.IsSport, shipped) is { } type) g.Type = type;
        }
        var evidence = new ArticleEvidence(document, subjects, ArticleEvidence.CountriesNamed(mentions, demonyms.Select(d => d.Entry), shipped));
        var linker = new EntityLinker(resources.Lookup, evidence, document);
        foreach (var g in groups) linker.Link(g);
        groups = MergeSameEntity(groups);
        // The first place group of each id and of each name, looked up per demonym (a scan per demonym is quadratic on long texts).
        var placesById = new Dictionary<string, int>(StringComparer.Ordinal);
        var placesByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Type != "LOC") continue;
            if (groups[i].Id is { } id) placesById.TryAdd(id, i);
            placesByName.TryAdd(groups[i].Name, i);
        }
        foreach (var (span, entry) in demonyms)
        {
            // The first place group that has the demonym's id or its country's name.
            var byId = entry.Id is not null && placesById.TryGetValue(entry.Id, out var i1) ? i1 : int.MaxValue;
            var byName = placesByName.TryGetValue(entry.Canonical, out var i2) ? i2 : int.MaxValue;
            if (Math.Min(byId, byName) == int.MaxValue) continue;
            var country = groups[Math.Min(byId, byName)];
            country.DemonymCount++;
            country.DemonymSpans.Add(span);
        }
        if (groups.Count == 0) return EquatableArray<Entity>.Empty;
        var max = groups.Max(EntitySalience.WeightedCount);
        return groups.Select(g => new Entity(
                g.Name, g.Type, g.Id, EntitySalience.Score(g, max, document.Text.Length, title, headings),
                g.Mentions.Select(m => m.Span).Distinct().Order().ToEquatableArray())
            {
                Confidence = g.Confidence,
                Linked = g.Linked,
            })
            .OrderByDescending(e => e.Salience)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Type, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    /// <summary>"Jordan" the country keeps LOC beside "Jordan Henderson": a one-word name a curated list gives an id.</summary>
    private static bool KeepsListedType(EntityMention m, Gazetteer shipped)
    {
        if (m.Entry?.Id is not null) return true;
        foreach (var e in shipped.FindAll(m.Surface))
        {
            if (e.Type == m.Type && e.Id is not null && e.Source is "countries" or "us-states" or "own" or "io") return true;
            // A band or firm of our own lists is not the surname of a person of the article ("Kasabian" the band).
            if (e.Kind is null && e.Type is "ORG" && e.Source is "own-bands" or "own-companies") return true;
        }
        return false;
    }

    /// <summary>
    /// A name a curated list gives as an entity of that type stands for itself, not for a longer name ("Labour Party"
    /// in "Parliamentary Labour Party", "Nintendo" beside "Nintendo DS").
    /// </summary>
    private static bool IsListedName(EntityMention m, Gazetteer lookup)
    {
        foreach (var e in lookup.FindAll(m.Surface))
        {
            if (e.Kind is not null || m.Words.Count == 1 && e.Source == "geonames") continue;
            if (e.Type == m.Type || m.Words.Count == 1 && e.Type is "ORG" or "MISC" && e.Source.StartsWith("own", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A one-word name the lists know on its own (a curated name or a town of 100,000): not a shortened name.</summary>
    private static bool IsKnownWord(EntityMention m, Gazetteer lookup) =>
        lookup.FindAll(m.Surface).Any(e => e.Type is not ("DEM" or "NORP") && (e.Source != "geonames" || e.Population >= 100_000 || e.Kind == "region"));

    /// <summary>Entities linked to the same listed entity ("Tories", "Conservatives"), or minted the same id, are one.</summary>
    private static List<CanonicalGroup> MergeSameEntity(List<CanonicalGroup> groups)
    {
        var byId = new Dictionary<string, CanonicalGroup>(StringComparer.Ordinal);
        var result = new List<CanonicalGroup>(groups.Count);
        foreach (var g in groups)
        {
            if (g.Id is null || !byId.TryGetValue(g.Id, out var first))
            {
                if (g.Id is not null) byId[g.Id] = g;
                result.Add(g);
                continue;
            }
            first.Mentions.AddRange(g.Mentions);
            first.Mentions.Sort((a, b) => a.Span.CompareTo(b.Span));
            first.Confidence = Math.Max(first.Confidence, g.Confidence);
        }
        return result;
    }

    /// <summary>Entity spans [start, end) of token labels, with their type names.</summary>
    public static IEnumerable<(int Start, int End, string Type)> Spans(int[] labels, NerLabels names)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(names);
        var list = new List<(int, int, string)>();
        for (var i = 0; i < labels.Length;)
        {
            if (!NerLabels.IsBegin(labels[i]))
            {
                i++;
                continue;
            }
            var type = NerLabels.TypeOf(labels[i]);
            var end = i + 1;
            while (end < labels.Length && NerLabels.IsInside(labels[end]) && NerLabels.TypeOf(labels[end]) == type) end++;
            list.Add((i, end, names.Types[type]));
            i = end;
        }
        return list;
    }
}
