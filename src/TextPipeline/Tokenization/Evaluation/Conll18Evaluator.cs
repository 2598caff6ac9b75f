using System.Globalization;

namespace TextPipeline.Tokenization.Evaluation;

/// <summary>Scores of a system CoNLL-U file against gold as the CoNLL 2018 shared task computes them.</summary>
internal sealed record Conll18Scores(F1Score Tokens, F1Score Sentences, F1Score Words, F1Score UPos, F1Score Lemmas);

/// <summary>A CoNLL-U file the CoNLL 2018 evaluation cannot read, or whose characters differ from gold.</summary>
internal sealed class Conll18Exception(string message) : Exception(message);

/// <summary>
/// The CoNLL 2018 shared task's evaluation (<c>conll18_ud_eval.py</c>) for the columns we predict, with its
/// semantics: spaces (Unicode Zs) are deleted from every FORM and the remaining characters of both files must be
/// identical; a token is a multiword-token line or a plain word line, scored by its character span; sentences by
/// their span; words are aligned by span outside multiword tokens and, inside a stretch touched by one, by the
/// longest common subsequence of lower-cased forms; UPOS and LEMMA are scored over aligned words (a gold LEMMA of
/// <c>_</c> matches anything). F1 = 2·correct / (gold + system). HEAD and DEPREL are not read: we do not parse, so a
/// system file with <c>_</c> there is accepted (the script would stop at "Cannot parse HEAD").
/// </summary>
internal static class Conll18Evaluator
{
    private readonly record struct Span(int Start, int End);

    private sealed record Word(Span Span, bool IsMultiword, string Form, string UPos, string Lemma);

    private sealed class Representation
    {
        public List<char> Characters { get; } = [];

        public List<Span> Tokens { get; } = [];

        public List<Word> Words { get; } = [];

        public List<Span> Sentences { get; } = [];
    }

    public static Conll18Scores Evaluate(TextReader gold, TextReader system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var g = Load(gold, "gold");
        var s = Load(system, "system");
        if (!g.Characters.SequenceEqual(s.Characters))
        {
            var i = 0;
            while (i < g.Characters.Count && i < s.Characters.Count && g.Characters[i] == s.Characters[i]) i++;
            throw new Conll18Exception("The concatenation of tokens in gold file and in system file differ! First 20 differing characters in gold file: '"
                + new string([.. g.Characters.Skip(i).Take(20)]) + "' and system file: '" + new string([.. s.Characters.Skip(i).Take(20)]) + "'");
        }
        var aligned = AlignWords(g.Words, s.Words);
        return new Conll18Scores(
            SpansScore(g.Tokens, s.Tokens),
            SpansScore(g.Sentences, s.Sentences),
            new F1Score(g.Words.Count, s.Words.Count, aligned.Count),
            new F1Score(g.Words.Count, s.Words.Count, aligned.Count(p => p.Gold.UPos == p.System.UPos)),
            new F1Score(g.Words.Count, s.Words.Count, aligned.Count(p => p.Gold.Lemma == "_" || p.Gold.Lemma == p.System.Lemma)));
    }

    private static Representation Load(TextReader reader, string name)
    {
        var ud = new Representation();
        var index = 0;
        int? sentenceStart = null;
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (sentenceStart is null)
            {
                if (line.StartsWith('#')) continue;
                ud.Sentences.Add(new Span(index, 0));
                sentenceStart = ud.Words.Count;
            }
            if (line.Length == 0)
            {
                if (ud.Words.Count == sentenceStart) throw new Conll18Exception($"{name} line {lineNumber}: an empty sentence");
                ud.Sentences[^1] = ud.Sentences[^1] with { End = index };
                sentenceStart = null;
                continue;
            }
            var columns = line.Split('\t');
            if (columns.Length != 10) throw new Conll18Exception($"{name} line {lineNumber}: the line has {columns.Length} columns instead of 10: '{line}'");
            if (columns[0].Contains('.', StringComparison.Ordinal)) continue; // empty nodes
            var form = string.Concat(columns[1].Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.SpaceSeparator));
            if (form.Length == 0) throw new Conll18Exception($"{name} line {lineNumber}: there is an empty FORM");
            ud.Characters.AddRange(form);
            var token = new Span(index, index + form.Length);
            ud.Tokens.Add(token);
            index += form.Length;
            var dash = columns[0].IndexOf('-', StringComparison.Ordinal);
            if (dash >= 0)
            {
                if (!int.TryParse(columns[0].AsSpan(0, dash), CultureInfo.InvariantCulture, out var start)
                    || !int.TryParse(columns[0].AsSpan(dash + 1), CultureInfo.InvariantCulture, out var end))
                {
                    throw new Conll18Exception($"{name} line {lineNumber}: cannot parse multi-word token ID '{columns[0]}'");
                }
                for (var w = start; w <= end; w++)
                {
                    lineNumber++;
                    var wordLine = reader.ReadLine() ?? throw new Conll18Exception($"{name}: the file ends inside a multi-word token");
                    var wordColumns = wordLine.Split('\t');
                    if (wordColumns.Length != 10) throw new Conll18Exception($"{name} line {lineNumber}: the line has {wordColumns.Length} columns instead of 10");
                    ud.Words.Add(new Word(token, true, wordColumns[1], wordColumns[3], wordColumns[2]));
                }
            }
            else
            {
                if (!int.TryParse(columns[0], CultureInfo.InvariantCulture, out var id) || id != ud.Words.Count - sentenceStart + 1)
                {
                    throw new Conll18Exception($"{name} line {lineNumber}: incorrect word ID '{columns[0]}' for word '{columns[1]}', expected {ud.Words.Count - sentenceStart + 1}");
                }
                ud.Words.Add(new Word(token, false, columns[1], columns[3], columns[2]));
            }
        }
        if (sentenceStart is not null) throw new Conll18Exception($"{name}: the CoNLL-U file does not end with an empty line");
        return ud;
    }

    private static F1Score SpansScore(List<Span> gold, List<Span> system)
    {
        int correct = 0, gi = 0, si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (system[si].Start < gold[gi].Start) si++;
            else if (gold[gi].Start < system[si].Start) gi++;
            else
            {
                if (gold[gi].End == system[si].End) correct++;
                si++;
                gi++;
            }
        }
        return new F1Score(gold.Count, system.Count, correct);
    }

    private static List<(Word Gold, Word System)> AlignWords(List<Word> gold, List<Word> system)
    {
        var aligned = new List<(Word, Word)>();
        int gi = 0, si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (gold[gi].IsMultiword || system[si].IsMultiword)
            {
                var (gs, ss) = (0, 0);
                (gs, ss, gi, si) = FindMultiwordSpan(gold, system, gi, si);
                if (si > ss && gi > gs)
                {
                    var lcs = Lcs(gold, system, gi, si, gs, ss);
                    int g = 0, s = 0;
                    while (g < gi - gs && s < si - ss)
                    {
                        if (string.Equals(gold[gs + g].Form.ToLowerInvariant(), system[ss + s].Form.ToLowerInvariant(), StringComparison.Ordinal))
                        {
                            aligned.Add((gold[gs + g], system[ss + s]));
                            g++;
                            s++;
                        }
                        else if (lcs[g, s] == (g + 1 < gi - gs ? lcs[g + 1, s] : 0)) g++;
                        else s++;
                    }
                }
            }
            else if (gold[gi].Span == system[si].Span)
            {
                aligned.Add((gold[gi], system[si]));
                gi++;
                si++;
            }
            else if (gold[gi].Span.Start <= system[si].Span.Start) gi++;
            else si++;
        }
        return aligned;
    }

    private static (int Gs, int Ss, int Gi, int Si) FindMultiwordSpan(List<Word> gold, List<Word> system, int gi, int si)
    {
        int end;
        if (gold[gi].IsMultiword)
        {
            end = gold[gi].Span.End;
            if (!system[si].IsMultiword && system[si].Span.Start < gold[gi].Span.Start) si++;
        }
        else
        {
            end = system[si].Span.End;
            if (!gold[gi].IsMultiword && gold[gi].Span.Start < system[si].Span.Start) gi++;
        }
        var (gs, ss) = (gi, si);
        while (!BeyondEnd(gold, gi, end) || !BeyondEnd(system, si, end))
        {
            if (gi < gold.Count && (si >= system.Count || gold[gi].Span.Start <= system[si].Span.Start))
            {
                end = ExtendEnd(gold[gi], end);
                gi++;
            }
            else
            {
                end = ExtendEnd(system[si], end);
                si++;
            }
        }
        return (gs, ss, gi, si);
    }

    private static bool BeyondEnd(List<Word> words, int i, int end) =>
        i >= words.Count || (words[i].IsMultiword ? words[i].Span.Start >= end : words[i].Span.End > end);

    private static int ExtendEnd(Word word, int end) => word.IsMultiword && word.Span.End > end ? word.Span.End : end;

    private static int[,] Lcs(List<Word> gold, List<Word> system, int gi, int si, int gs, int ss)
    {
        var lcs = new int[gi - gs, si - ss];
        for (var g = gi - gs - 1; g >= 0; g--)
        {
            for (var s = si - ss - 1; s >= 0; s--)
            {
                if (string.Equals(gold[gs + g].Form.ToLowerInvariant(), system[ss + s].Form.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    lcs[g, s] = 1 + (g + 1 < gi - gs && s + 1 < si - ss ? lcs[g + 1, s + 1] : 0);
                }
                lcs[g, s] = Math.Max(lcs[g, s], g + 1 < gi - gs ? lcs[g + 1, s] : 0);
                lcs[g, s] = Math.Max(lcs[g, s], s + 1 < si - ss ? lcs[g, s + 1] : 0);
            }
        }
        return lcs;
    }
}
