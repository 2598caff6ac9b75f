using TextPipeline.Text;
using TextPipeline.Tokenization.Conllu;

namespace TextPipeline.Tokenization.Evaluation;

/// <summary>Scores of the analyzer on raw text rebuilt from gold CoNLL-U (CoNLL 2018 shared-task style).</summary>
internal sealed record RawTextScores(F1Score Tokens, F1Score Words, F1Score Sentences, F1Score UPos, F1Score Lemmas);

/// <summary>Scores of the tagger on gold tokens.</summary>
internal sealed record GoldTokenScores(int Words, double UPosAccuracy, double LemmaAccuracy);

/// <summary>
/// Evaluates tokenization, sentence splitting, tagging and lemmatization against gold CoNLL-U. Raw-text metrics align
/// system and gold by character offsets: a token or sentence is correct when its span is identical; a word is correct
/// when its written token's span and its position inside that token match (multiword tokens). Lemmas are compared
/// case-sensitively, as the CoNLL 2018 shared task does ("I", "Google" and "Israeli" keep their capitals in UD English).
/// </summary>
internal static class TokenizationEvaluator
{
    public static RawTextScores EvaluateRawText(TextAnalyzer analyzer, IReadOnlyList<ConlluSentence> gold, CancellationToken cancellationToken = default) =>
        EvaluateRawText(analyzer, gold, null, cancellationToken);

    /// <summary>As above; <paramref name="errors"/> receives one line per missed gold token (for error analysis).</summary>
    public static RawTextScores EvaluateRawText(TextAnalyzer analyzer, IReadOnlyList<ConlluSentence> gold, TextWriter? errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var doc = GoldDocument.Build(gold);
        var analysis = analyzer.Analyze(ArticleText.From(doc.Text), [.. doc.Paragraphs], cancellationToken);

        var goldTokens = doc.Tokens.ToHashSet();
        var sysTokens = SurfaceTokens(analysis);
        var tokens = new F1Score(goldTokens.Count, sysTokens.Count, sysTokens.Count(goldTokens.Contains));
        if (errors is not null)
        {
            var sysSet = sysTokens.ToHashSet();
            foreach (var g in doc.Tokens.Where(t => !sysSet.Contains(t)))
            {
                var system = string.Join(" | ", sysTokens.Where(t => t.OverlapsWith(g)).Select(t => doc.Text.Substring(t.Start, t.Length)));
                errors.WriteLine($"token\t{doc.Text.Substring(g.Start, g.Length)}\t{system}");
            }
        }

        var goldWords = new Dictionary<(TextSpan, int), (string UPos, string Lemma)>();
        TextSpan? previous = null;
        var index = 0;
        foreach (var (span, word) in doc.Words)
        {
            index = span == previous ? index + 1 : 0;
            previous = span;
            goldWords[(span, index)] = (word.UPos, word.Lemma);
        }
        int wordsCorrect = 0, posCorrect = 0, lemmaCorrect = 0, sysWords = 0;
        foreach (var (key, token) in SystemWords(analysis))
        {
            sysWords++;
            if (!goldWords.TryGetValue(key, out var g)) continue;
            wordsCorrect++;
            if (token.Pos.ToString() == g.UPos) posCorrect++;
            if (string.Equals(token.Lemma, g.Lemma, StringComparison.Ordinal)) lemmaCorrect++;
        }
        var goldSentences = doc.Sentences.ToHashSet();
        var sentencesCorrect = analysis.Sentences.Count(s => goldSentences.Contains(s.Span));
        return new RawTextScores(
            tokens,
            new F1Score(goldWords.Count, sysWords, wordsCorrect),
            new F1Score(goldSentences.Count, analysis.Sentences.Length, sentencesCorrect),
            new F1Score(goldWords.Count, sysWords, posCorrect),
            new F1Score(goldWords.Count, sysWords, lemmaCorrect));
    }

    public static GoldTokenScores EvaluateGoldTokens(TextAnalyzer analyzer, IReadOnlyList<ConlluSentence> gold, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(gold);
        int total = 0, pos = 0, lemma = 0;
        foreach (var s in gold)
        {
            var (tags, lemmas) = analyzer.TagWords([.. s.Words.Select(w => w.Form)]);
            for (var i = 0; i < s.Words.Count; i++)
            {
                total++;
                if (tags[i].ToString() == s.Words[i].UPos) pos++;
                else errors?.WriteLine($"upos\t{s.Words[i].Form}\t{s.Words[i].UPos}\t{tags[i]}");
                if (string.Equals(lemmas[i], s.Words[i].Lemma, StringComparison.Ordinal)) lemma++;
            }
        }
        return new GoldTokenScores(total, total == 0 ? 0 : 100.0 * pos / total, total == 0 ? 0 : 100.0 * lemma / total);
    }

    /// <summary>Written tokens: a word that continues the previous one (clitic) is merged into it.</summary>
    private static List<TextSpan> SurfaceTokens(Document doc)
    {
        var result = new List<TextSpan>(doc.Tokens.Length);
        foreach (var t in doc.Tokens)
        {
            if (t.ContinuesToken && result.Count > 0 && result[^1].End == t.Span.Start)
            {
                result[^1] = TextSpan.FromBounds(result[^1].Start, t.Span.End);
            }
            else
            {
                result.Add(t.Span);
            }
        }
        return result;
    }

    private static IEnumerable<((TextSpan Span, int Index) Key, Token Token)> SystemWords(Document doc)
    {
        var tokens = doc.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            var j = i + 1;
            while (j < tokens.Length && tokens[j].ContinuesToken && tokens[j - 1].Span.End == tokens[j].Span.Start) j++;
            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[j - 1].Span.End);
            for (var k = i; k < j; k++) yield return ((span, k - i), tokens[k]);
            i = j;
        }
    }
}
