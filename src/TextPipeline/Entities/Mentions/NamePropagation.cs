using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Mentions;

/// <summary>
/// One name, one reading per article (the label-consistency idea of Krishnan and Manning 2006): a name recognised
/// somewhere in the article is a mention wherever the same words occur in it, so "Europe" inside a later "Lycos
/// Europe" is not Europe and a missed "Yukos" is found. An occurrence that contains shorter mentions replaces them;
/// one that cuts across a mention is left alone. A one-word name is only spread to capitalised words that do not
/// start a sentence (there a capital says nothing). Also joins a company and a following region ("Lycos" + "Europe",
/// "GM" + "Europe"), the way firms name their regional arms.
/// </summary>
internal static class NamePropagation
{
    private const double PropagatedConfidence = 0.9;

    private static readonly HashSet<string> s_regionalArms = new(StringComparer.Ordinal)
    {
        "Europe", "UK", "USA", "US", "America", "Asia", "International", "Africa", "Australia", "Japan", "China", "India", "Germany", "France",
    };

    public static List<EntityMention> Propagate(Document document, List<EntityMention> mentions)
    {
        mentions = JoinRegionalArms(document, mentions);
        mentions = TrimPossessives(document, mentions);
        var names = new Dictionary<string, List<(string[] Words, EntityMention Source)>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.FirstToken < 0 || m.Entry is not null || IsPossessive(m.Words[^1])) continue;
            var words = m.Words as string[] ?? [.. m.Words];
            if (!names.TryGetValue(words[0], out var list))
            {
                list = [];
                names[words[0]] = list;
            }
            var existing = list.FindIndex(x => x.Words.AsSpan().SequenceEqual(words));
            if (existing < 0) list.Add((words, m));
            else if (m.Confidence > list[existing].Source.Confidence) list[existing] = (words, m);
        }
        if (names.Count == 0) return mentions;
        var tokens = document.Tokens.AsSpan();
        var byStart = new Dictionary<int, EntityMention>();
        foreach (var m in mentions)
        {
            if (m.FirstToken >= 0) byStart.TryAdd(m.FirstToken, m);
        }
        var covered = new int[tokens.Length];
        Array.Fill(covered, -1);
        foreach (var m in mentions)
        {
            for (var t = Math.Max(0, m.FirstToken); t < m.EndToken; t++) covered[t] = m.FirstToken;
        }
        var added = new List<EntityMention>();
        var removed = new HashSet<int>();
        // Looked up by the token's characters: no string per token.
        var byFirstWord = names.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!byFirstWord.TryGetValue(document.TextOf(tokens[i]), out var candidates)) continue;
                (string[] Words, EntityMention Source)? best = null;
                foreach (var c in candidates)
                {
                    if (i + c.Words.Length > sentence.EndToken || c.Words.Length <= (best?.Words.Length ?? 0)) continue;
                    if (Matches(document, i, c.Words)) best = c;
                }
                if (best is not { } found) continue;
                var end = i + found.Words.Length;
                if (byStart.TryGetValue(i, out var same) && same.EndToken == end) continue;
                if (!CanReplace(covered, mentions, byStart, i, end)) continue;
                if (found.Words.Length == 1 && (i == sentence.FirstToken || !char.IsUpper(found.Words[0][0]))) continue;
                for (var t = i; t < end; t++)
                {
                    if (covered[t] >= 0) removed.Add(covered[t]);
                }
                var mention = WrittenWordBoundaries.With(document, found.Source, i, end) with
                {
                    Confidence = found.Source.Confidence * PropagatedConfidence,
                };
                added.Add(mention);
                for (var t = i; t < end; t++) covered[t] = int.MinValue;
                i = end - 1;
            }
        }
        AddSurnames(document, mentions, covered, added);
        if (added.Count == 0) return mentions;
        var result = mentions.Where(m => m.FirstToken < 0 || !removed.Contains(m.FirstToken)).Concat(added).ToList();
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>
    /// A person named in full is the same person where the article uses the surname alone ("Vince Cable" … "Mr
    /// Cable said"), even where the recognizer missed it. The surname must stand alone (no capitalised word beside it
    /// but a title), and at the start of a sentence only when the article never writes it in lower case ("Given").
    /// </summary>
    private static void AddSurnames(Document document, List<EntityMention> mentions, int[] covered, List<EntityMention> added)
    {
        var surnames = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != "PER" || m.FirstToken < 0 || m.Words.Count < 2 || !m.Words.All(IsNameWord)) continue;
            surnames.TryAdd(m.Words[^1], m);
        }
        if (surnames.Count == 0) return;
        var tokens = document.Tokens.AsSpan();
        HashSet<string>? lowerWords = null;
        var bySurname = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (covered[i] != -1 || !bySurname.TryGetValue(document.TextOf(tokens[i]), out var person)) continue;
                var word = person.Words[^1];
                var before = i > sentence.FirstToken ? document.StringOf(tokens[i - 1]) : null;
                var after = i + 1 < sentence.EndToken ? document.StringOf(tokens[i + 1]) : null;
                if (before is not null && IsNameWord(before) && !EntityCanonicalizer.IsHonorific(before)) continue;
                if (after is not null && IsNameWord(after)) continue;
                if (before is null)
                {
                    lowerWords ??= LowerCaseWords(document);
                    if (lowerWords.Contains(word.ToLowerInvariant())) continue;
                }
                added.Add(WrittenWordBoundaries.With(document, person, i, i + 1) with { Confidence = person.Confidence * PropagatedConfidence });
                covered[i] = int.MinValue;
            }
        }
    }

    private static bool IsNameWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’');

    private static HashSet<string> LowerCaseWords(Document document)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in document.Tokens)
        {
            var text = document.TextOf(t);
            if (text.Length > 0 && char.IsLower(text[0])) words.Add(t.Norm);
        }
        return words;
    }

    /// <summary>True when [start, end) contains every mention it touches (or touches none).</summary>
    private static bool CanReplace(int[] covered, List<EntityMention> mentions, Dictionary<int, EntityMention> byStart, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            var owner = covered[t];
            if (owner == int.MinValue) return false;
            if (owner < 0) continue;
            if (!byStart.TryGetValue(owner, out var m) || m.FirstToken < start || m.EndToken > end || m.Entry is not null) return false;
        }
        return true;
    }

    private static bool Matches(Document document, int start, string[] words)
    {
        var tokens = document.Tokens.AsSpan();
        for (var k = 0; k < words.Length; k++)
        {
            if (!document.TextOf(tokens[start + k]).SequenceEqual(words[k])) return false;
        }
        return true;
    }

    private static bool IsPossessive(string word) => word is "'s" or "’s";

    /// <summary>
    /// "Labour's" kept its "'s" as a shop name would, but the article also names "Labour" without it: then the "'s"
    /// is a possessive everywhere.
    /// </summary>
    private static List<EntityMention> TrimPossessives(Document document, List<EntityMention> mentions)
    {
        var plain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!IsPossessive(m.Words[^1])) plain.Add(string.Join(' ', m.Words));
        }
        List<EntityMention>? result = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.FirstToken < 0 || m.Words.Count < 2 || !IsPossessive(m.Words[^1]) || !plain.Contains(string.Join(' ', m.Words.Take(m.Words.Count - 1)))) continue;
            result ??= [.. mentions];
            result[k] = WrittenWordBoundaries.With(document, m, m.FirstToken, m.EndToken - 1);
        }
        return result ?? mentions;
    }

    private static List<EntityMention> JoinRegionalArms(Document document, List<EntityMention> mentions)
    {
        List<EntityMention>? result = null;
        var tokens = document.Tokens.AsSpan();
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var a = (result ?? mentions)[k];
            var b = mentions[k + 1];
            if (a.FirstToken < 0 || b.FirstToken != a.EndToken || a.Entry is not null || b.Entry is not null) continue;
            if (a.Type == "LOC" || b.Words.Count != 1 || !s_regionalArms.Contains(b.Words[0])) continue;
            if (!tokens[a.EndToken - 1].SpaceAfter) continue;
            result ??= [.. mentions];
            result[k] = WrittenWordBoundaries.With(document, a, a.FirstToken, b.EndToken) with { Type = "ORG", Confidence = Math.Min(a.Confidence, b.Confidence) };
            result[k + 1] = null!;
            k++;
        }
        return result is null ? mentions : [.. result.Where(m => m is not null)];
    }
}
