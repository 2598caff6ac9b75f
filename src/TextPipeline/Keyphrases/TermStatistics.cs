using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>
/// Per-term statistics of one article and the YAKE term score (Campos et al. 2020, section 3.3) computed from them:
/// casing, position, normalised frequency, relatedness to context and spread over sentences. Lower S(t) is better.
/// Terms are <see cref="TermKeys.KeyOf"/> keys of word tokens; function words are counted for context only.
/// </summary>
internal sealed class TermStatistics
{
    private readonly Dictionary<string, Term> _terms = new(StringComparer.Ordinal);

    // Porter stems of this article's keys: a key is stemmed once, not once per candidate phrase it is part of.
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly int _sentenceCount;

    private TermStatistics(int sentenceCount) => _sentenceCount = Math.Max(1, sentenceCount);

    /// <summary>Token keys of the document (null for punctuation, symbols, numbers and other non-words).</summary>
    public string?[] Keys { get; private init; } = [];

    public bool[] Stops { get; private init; } = [];

    public static TermStatistics Compute(Document document)
    {
        var tokens = document.Tokens;
        var keys = new string?[tokens.Length];
        var stops = new bool[tokens.Length];
        var stats = new TermStatistics(document.Sentences.Length) { Keys = keys, Stops = stops };
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            string? previous = null;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                var text = document.TextOf(token);
                if (token.Kind != TokenKind.Word || !TermKeys.IsWordLike(text))
                {
                    // Punctuation breaks the context window; other non-words are skipped.
                    if (token.Kind is TokenKind.Punctuation) previous = null;
                    continue;
                }
                var key = TermKeys.KeyOf(document, token);
                keys[i] = key;
                stops[i] = TermKeys.IsStop(token, key);
                var term = stats.GetOrAdd(key);
                term.Tf++;
                if (term.LastSentence != s)
                {
                    term.Sentences.Add(s);
                    term.LastSentence = s;
                }
                if (IsAcronym(text)) term.TfAcronym++;
                else if (char.IsUpper(text[0]) && i != sentence.FirstToken) term.TfUpper++;
                if (previous is not null)
                {
                    term.Left.Add(previous);
                    term.LeftCount++;
                    var prev = stats._terms[previous];
                    prev.Right.Add(key);
                    prev.RightCount++;
                }
                previous = key;
                term.IsStop = stops[i];
            }
        }
        stats.ComputeScores();
        return stats;
    }

    /// <summary><see cref="PorterStemmer.StemPhrase"/> of a key, remembered for this article.</summary>
    public string StemOf(string key)
    {
        if (!_stems.TryGetValue(key, out var stem)) _stems[key] = stem = PorterStemmer.StemPhrase(key);
        return stem;
    }

    public int TermFrequency(string key) => _terms.TryGetValue(key, out var t) ? t.Tf : 0;

    /// <summary>The YAKE score S(t) of a term (lower is better); 1 for an unknown term.</summary>
    public double Score(string key) => _terms.TryGetValue(key, out var t) ? t.Score : 1.0;

    public int FirstSentence(string key) => _terms.TryGetValue(key, out var t) && t.Sentences.Count > 0 ? t.Sentences[0] : 0;

    private Term GetOrAdd(string key)
    {
        if (!_terms.TryGetValue(key, out var term))
        {
            term = new Term();
            _terms.Add(key, term);
        }
        return term;
    }

    private void ComputeScores()
    {
        double sum = 0, sumSq = 0, maxTf = 1;
        var n = 0;
        foreach (var term in _terms.Values)
        {
            if (term.IsStop) continue;
            sum += term.Tf;
            sumSq += (double)term.Tf * term.Tf;
            maxTf = Math.Max(maxTf, term.Tf);
            n++;
        }
        var mean = n == 0 ? 1 : sum / n;
        var std = n == 0 ? 0 : Math.Sqrt(Math.Max(0, sumSq / n - mean * mean));
        foreach (var term in _terms.Values)
        {
            var tf = (double)term.Tf;
            var tCase = Math.Max(term.TfUpper, term.TfAcronym) / (1 + Math.Log(tf));
            var tPos = Math.Log(Math.Log(3 + Median(term.Sentences)));
            var tfNorm = tf / (mean + std);
            var dl = term.LeftCount == 0 ? 0 : (double)term.Left.Count / term.LeftCount;
            var dr = term.RightCount == 0 ? 0 : (double)term.Right.Count / term.RightCount;
            var tRel = 1 + (dl + dr) * tf / maxTf;
            var tSent = (double)term.Sentences.Count / _sentenceCount;
            term.Score = tPos * tRel / (tCase + tfNorm / tRel + tSent / tRel);
        }
    }

    private static double Median(List<int> sorted)
    {
        if (sorted.Count == 0) return 0;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static bool IsAcronym(ReadOnlySpan<char> text)
    {
        if (text.Length < 2) return false;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private sealed class Term
    {
        public int Tf;
        public int TfUpper;
        public int TfAcronym;
        public bool IsStop;
        public int LastSentence = -1;
        public int LeftCount;
        public int RightCount;
        public double Score;
        public readonly List<int> Sentences = [];
        public readonly HashSet<string> Left = new(StringComparer.Ordinal);
        public readonly HashSet<string> Right = new(StringComparer.Ordinal);
    }
}
