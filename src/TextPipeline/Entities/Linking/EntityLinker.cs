using TextPipeline.Entities.Gazetteers;
using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Linking;

/// <summary>
/// Links one article's entities to the gazetteers, as a step of its own after recognition and grouping. Candidates are
/// the listed names equal to any mention of the entity (a multi-word name also ignoring case). A candidate is accepted
/// only when
/// <list type="bullet">
/// <item>its type agrees with the recognised type (an organisation or place from a curated list may correct a
/// one-word PER or the ORG/LOC split; a club's name becomes ORG in a story about its sport);</item>
/// <item>its prior is plausible (<see cref="LinkPriors"/>): a GeoNames place that is small, a common word or only an
/// ASCII spelling of another name is accepted only when the article names its country;</item>
/// <item>the article supports it: an abbreviation expands only when its expansion is written in the article, when it is
/// our own list's usual sense, or when that sense belongs to the article's subject ("IOC" in a sports story); and never
/// when the article itself expands it otherwise.</item>
/// </list>
/// The best accepted candidate (score = prior × type agreement, + support) links the entity: its id (the list's, else
/// minted from its canonical name) and its canonical name, unless that name has letters the article never uses
/// ("Būsh", "Nestlé" in a text that writes "Nestle"): then the article's own spelling is kept. Everything else stays
/// unlinked (NIL) with its own spelling and a minted id (<see cref="EntityIds"/>).
/// </summary>
internal sealed class EntityLinker(Gazetteer lookup, ArticleEvidence evidence, Document document)
{
    /// <summary>Lowest score at which a candidate is linked.</summary>
    public const double Threshold = 0.6;

    private static readonly HashSet<string> s_placePrepositions = new(StringComparer.Ordinal) { "in", "near", "outside", "around", "across" };

    public void Link(CanonicalGroup group)
    {
        var recognition = RecognitionConfidence(group);
        if (group.Linked)
        {
            group.Confidence = 1;
            return;
        }
        Candidate? best = null;
        Candidate? rival = null;
        foreach (var surface in Surfaces(group))
        {
            foreach (var entry in CandidatesFor(surface))
            {
                if (Evaluate(entry, surface, group) is not { } candidate) continue;
                if (best is null || Better(candidate, best.Value))
                {
                    if (best is { } previous && !SameEntity(previous.Entry, candidate.Entry)) rival = previous;
                    best = candidate;
                }
                else if (!SameEntity(candidate.Entry, best.Value.Entry) && (rival is null || Better(candidate, rival.Value)))
                {
                    rival = candidate;
                }
            }
        }
        // Two different entities about as likely ("Leicester" the football or the rugby club in a story of no clear
        // sport): stay unlinked, but take the type they agree on.
        if (best is { } top && rival is { } second && top.InItsContext == second.InItsContext && top.Score - second.Score < AmbiguityMargin)
        {
            if (top.Type == second.Type) group.Type = top.Type;
            best = null;
        }
        if (best is { } chosen && chosen.Score >= Threshold)
        {
            var e = chosen.Entry;
            group.Type = chosen.Type;
            group.Id = e.Id ?? EntityIds.Mint(chosen.Type, e.Canonical);
            group.Name = evidence.HasLettersOf(e.Canonical) ? e.Canonical : LongestSurface(group);
            group.Linked = true;
            group.Confidence = Math.Round(Math.Min(1, chosen.Score) * (0.6 + 0.4 * recognition), 4);
            return;
        }
        group.Id = EntityIds.Mint(group.Type, group.Name);
        group.Linked = false;
        group.Confidence = Math.Round(recognition, 4);
    }

    /// <summary>Score difference under which two different candidates are too close to choose between.</summary>
    private const double AmbiguityMargin = 0.05;

    private readonly record struct Candidate(GazetteerEntry Entry, string Type, double Score)
    {
        /// <summary>A club or league in a story of its sport: it beats any plain entry of the same name (the county in a cricket story).</summary>
        public bool InItsContext { get; init; }
    }

    private static bool SameEntity(GazetteerEntry a, GazetteerEntry b) =>
        a.Id is not null && string.Equals(a.Id, b.Id, StringComparison.Ordinal) || string.Equals(a.Canonical, b.Canonical, StringComparison.Ordinal) && a.Type == b.Type;

    private static bool Better(Candidate a, Candidate b)
    {
        if (a.InItsContext != b.InItsContext) return a.InItsContext;
        if (Math.Abs(a.Score - b.Score) > 1e-9) return a.Score > b.Score;
        if ((a.Entry.Id is not null) != (b.Entry.Id is not null)) return a.Entry.Id is not null;
        return a.Entry.Population > b.Entry.Population;
    }

    /// <summary>
    /// The entity's name and its other written forms, except shortenings of its name: "New Labour" is not linked through
    /// its "Labour" mentions, but "UN" and "United Nations" both count.
    /// </summary>
    private static IEnumerable<string> Surfaces(CanonicalGroup group)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { group.Name };
        yield return group.Name;
        var nameWords = Gazetteer.SplitName(group.Name);
        foreach (var m in group.Mentions)
        {
            var name = string.Join(' ', m.Words);
            if (nameWords.Length > m.Words.Count && IsPartOf(m.Words, nameWords)) continue;
            if (seen.Add(m.Surface)) yield return m.Surface;
            if (seen.Add(name)) yield return name;
        }
    }

    private static bool IsPartOf(IReadOnlyList<string> part, string[] whole)
    {
        for (var start = 0; start + part.Count <= whole.Length; start++)
        {
            var all = true;
            for (var k = 0; k < part.Count && all; k++) all = string.Equals(part[k], whole[start + k], StringComparison.Ordinal);
            if (all) return true;
        }
        return false;
    }

    private IEnumerable<GazetteerEntry> CandidatesFor(string surface)
    {
        var exact = lookup.FindAll(surface);
        if (exact.Count > 0 || !surface.Contains(' ', StringComparison.Ordinal)) return exact;
        // "Labour party" for "Labour Party": a multi-word name in other case is the same name.
        return lookup.FindAllIgnoreCase(surface);
    }

    private Candidate? Evaluate(GazetteerEntry e, string surface, CanonicalGroup group)
    {
        if (e.Type is "DEM") return null;
        var type = e.Type;
        var score = LinkPriors.Of(e, e.IsCanonicalName);
        var supported = e.Country is { } country && evidence.Countries.Contains(country);
        // Kind-bound senses: a club only in a story about its sport, an abbreviation's sense only in its subject.
        if (e.Kind is { } kind)
        {
            if (kind.StartsWith("sport:", StringComparison.Ordinal))
            {
                // In a story of its sport a club's name is the club; in a sports story of no clear sport it is a club,
                // but which one may stay open (two clubs of one town tie and stay unlinked).
                var sport = evidence.Subjects.Sport;
                if (sport is null && !evidence.Subjects.IsSport || sport is not null && sport != kind[6..] || MostlyAfterPlacePreposition(group)) return null;
                return new Candidate(e, e.Type, sport is null ? score - 0.2 : score) { InItsContext = sport is not null };
            }
            if (kind.StartsWith("sense:", StringComparison.Ordinal) && !evidence.Subjects.Has(kind[6..])) return null;
        }
        if (IsAbbreviationOf(surface, e))
        {
            // The article's own expansion wins: "IOC" written out as "International Olympic Committee" is not the
            // International Olive Council of the list.
            if (group.Name.Contains(' ', StringComparison.Ordinal) && !string.Equals(group.Name, e.Canonical, StringComparison.OrdinalIgnoreCase)) return null;
            var expanded = evidence.Contains(e.Canonical);
            var usualSense = e.Source is "own" or "own-companies" or "own-senses" or "own-clubs" or "user";
            if (!expanded && !usualSense) return null;
        }
        if (!TypeAgrees(e, group, ref type, ref score)) return null;
        if (e.Source == "geonames")
        {
            var weak = e.Population < LinkPriors.LargePlace || !e.IsCanonicalName || e.CommonWordCount >= LinkPriors.CommonWord || e.Kind == "region";
            if (weak && !supported) return null;
            // A city below a million in a story that names only other countries is another city of that name
            // ("Surrey" in British Columbia, "Newcastle" in New South Wales, in a story about England).
            if (!supported && e.Population < 1_000_000 && evidence.Countries.Count > 0) return null;
        }
        if (e.Source == "us-news" && !supported) return null;
        if (supported) score = Math.Min(1, score + 0.1);
        return new Candidate(e, type, score);
    }

    /// <summary>The recognised type agrees, or a reliable list may correct it.</summary>
    private bool TypeAgrees(GazetteerEntry e, CanonicalGroup group, ref string type, ref double score)
    {
        if (e.Type == group.Type || e.Source == "user") return true;
        var curated = LinkPriors.IsCurated(e) || e.Source == "sp500";
        if (!curated) return false;
        if (group.Type is "ORG" or "LOC" && e.Type is "ORG" or "LOC")
        {
            score *= 0.9;
            return true;
        }
        // A listed company or country the model took for a person ("Fiat", "Seville"), unless the text treats it as one.
        if (group.Type == "PER" && e.Type is "ORG" or "LOC" && !HasTitle(group) && group.Mentions.TrueForAll(m => m.Words.Count == 1 || e.Name == m.Surface))
        {
            score *= 0.85;
            return true;
        }
        if (group.Type == "MISC" && e.Type is "ORG") return true;
        // A listed event the model took for an organisation or place ("RBS Six Nations").
        if (e.Type == "MISC" && group.Type is "ORG" or "LOC") return true;
        return false;
    }

    private static bool IsAbbreviationOf(string surface, GazetteerEntry e)
    {
        if (string.Equals(surface, e.Canonical, StringComparison.Ordinal) || !e.Canonical.Contains(' ', StringComparison.Ordinal)) return false;
        var letters = 0;
        foreach (var ch in surface)
        {
            if (char.IsLower(ch) && !(ch == 's' && letters > 1)) return false;
            if (char.IsLetter(ch)) letters++;
        }
        return letters is >= 2 and <= 6;
    }

    private static bool HasTitle(CanonicalGroup group) =>
        group.Mentions.Exists(m => m.Words.Count > 0 && m.Words[0] is "Mr" or "Mrs" or "Ms" or "Dr" or "Sir" or "Lord" or "Lady" or "Miss");

    /// <summary>"in Chelsea", "near Bath": a place even in a sports story ("at Chelsea" is usually the club).</summary>
    private bool MostlyAfterPlacePreposition(CanonicalGroup group)
    {
        var tokens = document.Tokens.AsSpan();
        var atPlace = 0;
        foreach (var m in group.Mentions)
        {
            if (m.FirstToken > 0 && s_placePrepositions.Contains(tokens[m.FirstToken - 1].Norm)) atPlace++;
        }
        return atPlace * 2 > group.Mentions.Count;
    }

    private static string LongestSurface(CanonicalGroup group) =>
        group.Mentions.Select(m => string.Join(' ', m.Surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).FirstOrDefault() ?? group.Name;

    /// <summary>Noisy-or of the mentions' recognition confidences: several sightings make an entity surer (at most 0.99).</summary>
    private static double RecognitionConfidence(CanonicalGroup group)
    {
        var missing = 1.0;
        foreach (var m in group.Mentions) missing *= 1 - Math.Clamp(m.Confidence, 0, 1);
        return Math.Min(0.99, 1 - missing);
    }
}
