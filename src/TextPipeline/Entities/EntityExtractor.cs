using System.Collections.Immutable;
using TextPipeline.Entities.Gazetteers;
using TextPipeline.Entities.Recognition;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities;

/// <summary>From a tokenized document to sorted canonical entities: tag, add user-gazetteer names, count demonyms, merge, score.</summary>
internal static class EntityExtractor
{
    public static EquatableArray<Entity> Extract(
        Document document, EntityResources resources, string? title, ImmutableArray<TextSpan> headings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resources);
        var mentions = new List<EntityMention>();
        var demonyms = new List<(TextSpan Span, GazetteerEntry Entry)>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = document.TokensOf(sentence);
            var words = new string[tokens.Length];
            var pos = new string[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                words[i] = document.StringOf(tokens[i]);
                pos[i] = tokens[i].Pos.ToString();
            }
            var sentenceMentions = new List<EntityMention>();
            if (resources.Model is { } model)
            {
                // A document tokenized without the tagger has only X; a POS-feature model then tags the words itself.
                var labels = model.Tag(words, model.Settings.UsePos && tokens.Length > 0 && AllUntagged(tokens) && resources.Tagger is { } tagger ? NerTagger.PosOf(words, tagger) : pos);
                var lowerCaseSentence = !words.Skip(1).Any(w => w.Any(char.IsUpper));
                foreach (var (start, end, type) in Spans(labels, model.Labels))
                {
                    // In edited text a name has a capital letter; all-lower-case sentences (web comments) are exempt.
                    if (!lowerCaseSentence && !words.AsSpan(start, end - start).ToArray().Any(w => w.Any(char.IsUpper))) continue;
                    if (CompassAdjectives.IsLoneCompassAdjective(words.AsSpan(start, end - start))) continue;
                    var mention = MakeMention(document, tokens, words, start, end, type, resources.Lookup);
                    if (mention.Entry is { Type: "DEM" } demonym)
                    {
                        // "North Korean" tagged as a place still counts for North Korea, not as a LOC mention of its own.
                        demonyms.Add((mention.Span, demonym));
                        continue;
                    }
                    sentenceMentions.Add(mention);
                }
            }
            // Names from the user's list, and (without a model) from the shipped list, where nothing else was found.
            var forced = resources.User ?? (resources.Model is null ? resources.Shipped : null);
            if (forced is not null)
            {
                foreach (var m in forced.FindMatches(words))
                {
                    if (m.Entry.Type is "DEM") continue;
                    var matchSpan = SpanOf(tokens, m.Start, m.Start + m.Length);
                    var overlaps = sentenceMentions.Any(x => x.Span.OverlapsWith(matchSpan));
                    if (!overlaps) sentenceMentions.Add(MakeMention(document, tokens, words, m.Start, m.Start + m.Length, m.Entry.Type, resources.Lookup));
                }
            }
            foreach (var m in resources.Shipped.FindMatches(words))
            {
                if (m.Entry.Type != "DEM") continue;
                var span = SpanOf(tokens, m.Start, m.Start + m.Length);
                if (!sentenceMentions.Any(x => x.Span.OverlapsWith(span)) && !demonyms.Any(d => d.Span.OverlapsWith(span))) demonyms.Add((span, m.Entry));
            }
            mentions.AddRange(sentenceMentions.OrderBy(m => m.Span.Start));
        }
        var groups = EntityCanonicalizer.Group(UnifyTypes(mentions), document.Text);
        // The first place group of each name, looked up per demonym (a scan per demonym is quadratic on long texts).
        var places = new Dictionary<string, CanonicalGroup>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            if (g.Type == "LOC") places.TryAdd(g.Name, g);
        }
        foreach (var (span, entry) in demonyms)
        {
            if (!places.TryGetValue(entry.Canonical, out var country)) continue;
            country.DemonymCount++;
            country.DemonymSpans.Add(span);
        }
        if (groups.Count == 0) return EquatableArray<Entity>.Empty;
        var max = groups.Max(EntitySalience.WeightedCount);
        var entities = groups.Select(g => new Entity(
                g.Name, g.Type, g.Id, EntitySalience.Score(g, max, document.Text.Length, title, headings),
                g.Mentions.Select(m => m.Span).ToEquatableArray()))
            .OrderByDescending(e => e.Salience)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Type, StringComparer.Ordinal)
            .ToEquatableArray();
        return entities;
    }

    private static bool AllUntagged(ReadOnlySpan<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Pos != UPos.X) return false;
        }
        return true;
    }

    /// <summary>
    /// One name, one type per article: a surface form tagged with different types takes its most frequent type
    /// (the first seen on a tie). Gazetteer-resolved mentions keep the gazetteer's type.
    /// </summary>
    private static List<EntityMention> UnifyTypes(List<EntityMention> mentions)
    {
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var firstType = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Entry is not null) continue;
            if (!votes.TryGetValue(m.Surface, out var v))
            {
                v = new Dictionary<string, int>(StringComparer.Ordinal);
                votes[m.Surface] = v;
                firstType[m.Surface] = m.Type;
            }
            v[m.Type] = v.GetValueOrDefault(m.Type) + 1;
        }
        return [.. mentions.Select(m =>
        {
            if (m.Entry is not null || !votes.TryGetValue(m.Surface, out var v) || v.Count == 1) return m;
            var best = v.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key == firstType[m.Surface] ? 0 : 1).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
            return m with { Type = best };
        })];
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

    private static EntityMention MakeMention(Document document, ReadOnlySpan<Token> tokens, string[] words, int start, int end, string type, Gazetteer lookup)
    {
        // A possessive "'s" or a trailing dot-less punctuation never belongs to the name.
        while (end - start > 1 && words[end - 1] is "'s" or "’s" or "'" or "," or "." or "of" or "the" or "and" or "for" or "-") end--;
        var span = SpanOf(tokens, start, end);
        var surface = document.Text.ToString(span);
        var nameWords = words[start..end];
        var entry = Resolve(lookup, surface, type);
        return new EntityMention(span, entry?.Type is { } t && t != "DEM" ? t : type, surface, nameWords, entry);
    }

    /// <summary>The gazetteer entry for a surface form: same type first, else an ORG/LOC entry for an ORG/LOC mention.</summary>
    private static GazetteerEntry? Resolve(Gazetteer lookup, string surface, string type)
    {
        var all = lookup.FindAll(surface);
        foreach (var e in all)
        {
            if (e.Type == type) return e;
        }
        foreach (var e in all)
        {
            if (e.Type == "DEM") return e;
        }
        foreach (var e in all)
        {
            if (e.Type is "ORG" or "LOC" && type is "ORG" or "LOC") return e;
        }
        // A listed place or organisation the model took for a person ("Seville", "Deutsche Bahn" in a user list).
        foreach (var e in all)
        {
            if (e.Type is "ORG" or "LOC" && type == "PER") return e;
        }
        return null;
    }

    private static TextSpan SpanOf(ReadOnlySpan<Token> tokens, int start, int end) =>
        TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
}
