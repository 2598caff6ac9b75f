using TextPipeline.Keyphrases;

namespace TextPipeline.Summarization;

/// <summary>
/// ROUGE F1 (Lin 2004) as the rouge-score package computes it: lower-case, non-alphanumerics to spaces, Porter stems
/// for tokens longer than 3 characters. ROUGE-L is the LCS over the whole texts; ROUGE-Lsum the summary-level
/// union LCS over sentences (the variant published for CNN/DM).
/// </summary>
internal static class Rouge
{
    public sealed record Scores(double Rouge1, double Rouge2, double RougeL, double RougeLsum);

    public static Scores Score(IReadOnlyList<string> systemSentences, IReadOnlyList<string> referenceSentences)
    {
        ArgumentNullException.ThrowIfNull(systemSentences);
        ArgumentNullException.ThrowIfNull(referenceSentences);
        var sys = systemSentences.Select(Tokenize).ToList();
        var refs = referenceSentences.Select(Tokenize).ToList();
        var sysAll = sys.SelectMany(t => t).ToArray();
        var refAll = refs.SelectMany(t => t).ToArray();
        return new Scores(
            NGramF1(sysAll, refAll, 1),
            NGramF1(sysAll, refAll, 2),
            F1(Lcs(sysAll, refAll), sysAll.Length, refAll.Length),
            F1(UnionLcs(sys, refs), sysAll.Length, refAll.Length));
    }

    public static string[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        foreach (var w in PorterStemmer.Words(text))
        {
            // rouge-score keeps only [a-z0-9] runs; Words also keeps other letters, so split them off here.
            var ascii = new string(w.Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : ' ').ToArray());
            foreach (var part in ascii.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(part.Length > 3 ? PorterStemmer.Stem(part) : part);
            }
        }
        return [.. words];
    }

    private static double NGramF1(string[] sys, string[] reference, int n)
    {
        var s = Counts(sys, n);
        var r = Counts(reference, n);
        var overlap = 0;
        foreach (var (gram, count) in s)
        {
            if (r.TryGetValue(gram, out var rc)) overlap += Math.Min(count, rc);
        }
        return F1(overlap, Math.Max(0, sys.Length - n + 1), Math.Max(0, reference.Length - n + 1));
    }

    private static Dictionary<string, int> Counts(string[] tokens, int n)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Length; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens, i, n);
            d[gram] = d.GetValueOrDefault(gram) + 1;
        }
        return d;
    }

    private static double F1(int overlap, int systemCount, int referenceCount)
    {
        if (overlap == 0 || systemCount == 0 || referenceCount == 0) return 0;
        var p = (double)overlap / systemCount;
        var r = (double)overlap / referenceCount;
        return 2 * p * r / (p + r);
    }

    private static int Lcs(string[] a, string[] b) => LcsTable(a, b)[a.Length, b.Length];

    private static int[,] LcsTable(string[] a, string[] b)
    {
        var t = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                t[i, j] = a[i - 1] == b[j - 1] ? t[i - 1, j - 1] + 1 : Math.Max(t[i - 1, j], t[i, j - 1]);
            }
        }
        return t;
    }

    /// <summary>Σ over reference sentences of |∪ LCS(ref, each system sentence)|, with token counts clipped.</summary>
    private static int UnionLcs(List<string[]> sys, List<string[]> refs)
    {
        var sysCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in sys.SelectMany(x => x)) sysCounts[t] = sysCounts.GetValueOrDefault(t) + 1;
        var refCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in refs.SelectMany(x => x)) refCounts[t] = refCounts.GetValueOrDefault(t) + 1;
        var hits = 0;
        foreach (var r in refs)
        {
            var union = new SortedSet<int>();
            foreach (var s in sys)
            {
                foreach (var index in LcsIndexes(r, s)) union.Add(index);
            }
            foreach (var index in union)
            {
                var token = r[index];
                if (sysCounts.GetValueOrDefault(token) > 0 && refCounts.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    sysCounts[token]--;
                    refCounts[token]--;
                }
            }
        }
        return hits;
    }

    /// <summary>Indexes into <paramref name="r"/> of one longest common subsequence with <paramref name="s"/>.</summary>
    private static List<int> LcsIndexes(string[] r, string[] s)
    {
        var t = LcsTable(r, s);
        var result = new List<int>();
        int i = r.Length, j = s.Length;
        while (i > 0 && j > 0)
        {
            if (r[i - 1] == s[j - 1])
            {
                result.Add(i - 1);
                i--;
                j--;
            }
            else if (t[i - 1, j] >= t[i, j - 1]) i--;
            else j--;
        }
        return result;
    }
}
