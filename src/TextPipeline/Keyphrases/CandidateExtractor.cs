using System.Text;
using TextPipeline.Entities;
using TextPipeline.Text;
using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>
/// Finds candidate phrases: noun phrases by the pattern <c>(ADJ|NOUN|PROPN)* (NOUN|PROPN)</c> (every sub-phrase of
/// up to <see cref="MaxWords"/> words that ends in a noun) and entity mentions. An untagged document (every part of
/// speech X) falls back to runs of non-function words.
/// </summary>
internal static class CandidateExtractor
{
    public const int MaxWords = 4;

    public static Dictionary<string, KeyphraseCandidate> Extract(
        Document document, TermStatistics stats, ReadOnlySpan<Entity> entities)
    {
        var candidates = new Dictionary<string, KeyphraseCandidate>(StringComparer.Ordinal);
        var tokens = document.Tokens.AsSpan();
        var keys = stats.Keys;
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            var i = sentence.FirstToken;
            var end = sentence.EndToken;
            // A split inside a line with no punctuation before it ("Kim Jong | Un's visit") is not a real boundary.
            while (s + 1 < document.Sentences.Length && ContinuesOnSameLine(document, end))
            {
                end = document.Sentences[++s].EndToken;
            }
            while (i < end)
            {
                if (!IsModifier(tokens[i], keys[i], stats.Stops[i]))
                {
                    // Content words outside noun phrases ("married", "vocal") are single-word candidates of their own kind.
                    if (keys[i] is not null && !stats.Stops[i] && tokens[i].Pos is UPos.VERB or UPos.ADV && keys[i]!.Length > 2)
                    {
                        Add(document, stats, candidates, i, i + 1, s, isName: false, otherPos: true);
                    }
                    i++;
                    continue;
                }
                var runStart = i;
                while (i < end && IsModifier(tokens[i], keys[i], stats.Stops[i])) i++;
                AddRun(document, stats, candidates, runStart, i, s);
            }
            AddTitleCaseRuns(document, stats, candidates, sentence.FirstToken, end, s);
        }
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                AddMention(document, stats, candidates, mention);
            }
        }
        return candidates;
    }

    /// <summary>True when the sentence ending before token <paramref name="next"/> ends in a word, on the same line as it.</summary>
    internal static bool ContinuesOnSameLine(Document document, int next)
    {
        var tokens = document.Tokens;
        if (next <= 0 || next >= tokens.Length) return false;
        var last = tokens[next - 1];
        if (last.Kind is TokenKind.Punctuation or TokenKind.Symbol) return false;
        var gap = document.Text.AsSpan(TextSpan.FromBounds(last.Span.End, tokens[next].Span.Start));
        return !gap.ContainsAny('\n', '\r');
    }

    private static bool IsModifier(in Token token, string? key, bool stop) =>
        key is not null && !stop && token.Pos is UPos.ADJ or UPos.NOUN or UPos.PROPN or UPos.X;

    private static bool IsHead(in Token token) => token.Pos is UPos.NOUN or UPos.PROPN or UPos.X;

    private static void AddRun(Document document, TermStatistics stats, Dictionary<string, KeyphraseCandidate> candidates, int start, int end, int sentence)
    {
        var tokens = document.Tokens;
        for (var last = start; last < end; last++)
        {
            if (!IsHead(tokens[last]))
            {
                if (tokens[last].Pos == UPos.ADJ) Add(document, stats, candidates, last, last + 1, sentence, isName: false, otherPos: true);
                continue;
            }
            for (var first = Math.Max(start, last - MaxWords + 1); first <= last; first++)
            {
                if (!IsWellFormed(tokens.AsSpan(), first, last, start, end)) continue;
                var allProper = true;
                for (var k = first; k <= last; k++) allProper &= tokens[k].Pos == UPos.PROPN;
                Add(document, stats, candidates, first, last + 1, sentence, allProper && last > first);
            }
        }
        // A long name ("United Nations Security Council") is kept whole even beyond MaxWords.
        var proper = 0;
        for (var k = start; k < end; k++) proper += tokens[k].Pos == UPos.PROPN ? 1 : 0;
        if (end - start > MaxWords && proper == end - start && end - start <= 6)
        {
            Add(document, stats, candidates, start, end, sentence, isName: true);
        }
    }

    /// <summary>
    /// A phrase is well formed when it does not cut a name ("Stanley equity" out of "Morgan Stanley equity", "York
    /// State" out of "New York State") and no common word comes before a name in it ("director Sir Richard Eyre",
    /// "strategist Naoki"): such strings cross a name's boundary and name nothing.
    /// </summary>
    private static bool IsWellFormed(ReadOnlySpan<Token> tokens, int first, int last, int runStart, int runEnd)
    {
        if (first > runStart && tokens[first - 1].Pos == UPos.PROPN && tokens[first].Pos == UPos.PROPN) return false;
        if (last + 1 < runEnd && tokens[last].Pos == UPos.PROPN && tokens[last + 1].Pos == UPos.PROPN) return false;
        var sawCommon = false;
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].Pos == UPos.PROPN && sawCommon) return false;
            sawCommon |= tokens[k].Pos is UPos.NOUN or UPos.ADJ;
        }
        return true;
    }

    private static readonly HashSet<string> s_titleJoiners = new(StringComparer.Ordinal)
    {
        // Not "in", "at", "on", "from", "by": they join a name to a place ("Cross Challenge in Bute Park").
        "of", "the", "to", "for", "and", "with", "an",
    };

    /// <summary>
    /// Titles of works and long names written in title case across small words ("Passport to Paradise", "Eternal
    /// Sunshine of the Spotless Mind") are one candidate, kept whole: capitalised words joined by lower-case
    /// function words, inside a sentence (a sentence's first capital proves nothing), 3 to 8 words.
    /// </summary>
    private static void AddTitleCaseRuns(Document document, TermStatistics stats, Dictionary<string, KeyphraseCandidate> candidates, int sentenceStart, int end, int sentence)
    {
        var tokens = document.Tokens;
        var i = sentenceStart + 1;
        while (i < end)
        {
            if (!IsCapitalisedWord(document, stats, i))
            {
                i++;
                continue;
            }
            var start = i;
            var last = i;
            var joiners = 0;
            var k = i + 1;
            while (k < end && k - start < 8)
            {
                if (IsCapitalisedWord(document, stats, k))
                {
                    last = k++;
                    continue;
                }
                if (stats.Keys[k] is { } key && s_titleJoiners.Contains(key) && IsLowerWord(document, k))
                {
                    var j = k;
                    while (j < end && stats.Keys[j] is { } jk && s_titleJoiners.Contains(jk) && IsLowerWord(document, j)) j++;
                    if (j < end && IsCapitalisedWord(document, stats, j))
                    {
                        joiners += j - k;
                        k = j;
                        continue;
                    }
                }
                break;
            }
            if (joiners > 0 && last - start + 1 >= 3 && !(start > 0 && tokens[start - 1].Pos == UPos.PROPN))
            {
                Add(document, stats, candidates, start, last + 1, sentence, isName: true);
            }
            i = last + 1;
        }
    }

    private static bool IsCapitalisedWord(Document document, TermStatistics stats, int k) =>
        stats.Keys[k] is not null && !stats.Stops[k] && char.IsUpper(document.TextOf(document.Tokens[k])[0]);

    private static bool IsLowerWord(Document document, int k)
    {
        var text = document.TextOf(document.Tokens[k]);
        return text.Length > 0 && char.IsLower(text[0]);
    }

    private static void AddMention(Document document, TermStatistics stats, Dictionary<string, KeyphraseCandidate> candidates, TextSpan mention)
    {
        var tokens = document.Tokens;
        // First token ending after the mention's start (tokens are sorted and never overlap).
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (tokens[mid].Span.End <= mention.Start) lo = mid + 1;
            else hi = mid;
        }
        var first = lo;
        var end = first;
        while (end < tokens.Length && tokens[end].Span.Start < mention.End) end++;
        if (end <= first) return;
        // Leading/trailing function words ("the United Nations") are dropped from the phrase.
        while (first < end && (stats.Keys[first] is null || stats.Stops[first])) first++;
        while (end > first && (stats.Keys[end - 1] is null || stats.Stops[end - 1])) end--;
        if (end <= first || end - first > 6) return;
        for (var k = first; k < end; k++)
        {
            if (stats.Keys[k] is null) return;
        }
        Add(document, stats, candidates, first, end, SentenceOf(document, first), isName: true, countOccurrence: false);
    }

    private static int SentenceOf(Document document, int token)
    {
        var sentences = document.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (sentences[mid].EndToken <= token) lo = mid + 1;
            else if (sentences[mid].FirstToken > token) hi = mid - 1;
            else return mid;
        }
        return Math.Max(0, Math.Min(lo, sentences.Length - 1));
    }

    private static void Add(Document document, TermStatistics stats, Dictionary<string, KeyphraseCandidate> candidates, int first, int end, int sentence, bool isName, bool countOccurrence = true, bool otherPos = false)
    {
        var sb = new StringBuilder();
        for (var k = first; k < end; k++)
        {
            if (k > first) sb.Append(' ');
            sb.Append(PorterStemmer.StemPhrase(stats.Keys[k]!));
        }
        var stemKey = sb.ToString();
        if (stemKey.Length < 2) return;
        if (!candidates.TryGetValue(stemKey, out var candidate))
        {
            candidate = new KeyphraseCandidate(WordsOf(stats, first, end), stemKey, SpanOf(document, first, end), sentence) { NotNoun = otherPos };
            candidate.FirstToken = first;
            candidate.Pos = PosOf(document, first, end);
            candidates.Add(stemKey, candidate);
        }
        else if (!otherPos && candidate.NotNoun)
        {
            // A word used as a noun anywhere is a noun candidate, shown as that noun.
            candidate.UseNounOccurrence(SpanOf(document, first, end), sentence);
            candidate.FirstToken = first;
            candidate.Pos = PosOf(document, first, end);
        }
        if (countOccurrence)
        {
            candidate.SeenIn(sentence);
            var firstChar = document.TextOf(document.Tokens[first])[0];
            var sentenceStart = document.Sentences[sentence].FirstToken == first;
            if (char.IsUpper(firstChar) && !sentenceStart) candidate.CapitalisedInside = true;
            if (IsLowerCase(document, first, end)) candidate.LowerCaseSeen = true;
        }
        // A mention already found as a noun phrase is the same occurrence: count it once.
        if (countOccurrence || candidate.Count == 0) candidate.Count++;
        candidate.IsName |= isName;
    }

    private static UPos[] PosOf(Document document, int first, int end)
    {
        var pos = new UPos[end - first];
        for (var k = first; k < end; k++) pos[k - first] = document.Tokens[k].Pos;
        return pos;
    }

    private static bool IsLowerCase(Document document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            foreach (var c in document.TextOf(document.Tokens[k]))
            {
                if (char.IsUpper(c)) return false;
            }
        }
        return true;
    }

    private static string[] WordsOf(TermStatistics stats, int first, int end)
    {
        var words = new string[end - first];
        for (var k = first; k < end; k++) words[k - first] = stats.Keys[k]!;
        return words;
    }

    private static TextSpan SpanOf(Document document, int first, int end) =>
        TextSpan.FromBounds(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
}
