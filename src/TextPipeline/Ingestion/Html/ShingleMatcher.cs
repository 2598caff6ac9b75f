using System.Globalization;
using System.Text;

namespace TextPipeline.Ingestion.Html;

/// <summary>
/// The article-extraction benchmark's per-page comparison: tokens are runs of word characters (Python's <c>\w+</c>),
/// shingles are 4-grams counted as a multiset, and true/false positives and false negatives are normalised by their sum
/// so that long pages weigh no more than short ones.
/// </summary>
internal static class ShingleMatcher
{
    public const int DefaultShingleSize = 4;

    public static ShingleCounts Match(string gold, string predicted, int shingleSize = DefaultShingleSize)
    {
        var goldShingles = CountShingles(gold, shingleSize);
        var predictedShingles = CountShingles(predicted, shingleSize);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, goldCount) in goldShingles)
        {
            var predictedCount = predictedShingles.GetValueOrDefault(shingle);
            tp += Math.Min(goldCount, predictedCount);
            fn += Math.Max(0, goldCount - predictedCount);
        }
        foreach (var (shingle, predictedCount) in predictedShingles)
        {
            fp += Math.Max(0, predictedCount - goldShingles.GetValueOrDefault(shingle));
        }
        var total = tp + fp + fn;
        return total > 0 ? new ShingleCounts(tp / total, fp / total, fn / total) : new ShingleCounts(0, 0, 0);
    }

    /// <summary>Word tokens as Python's <c>re.findall(r"\w+", text)</c> finds them (letters, numbers, underscore).</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (IsWordRune(rune))
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            i += Math.Max(consumed, 1);
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_') return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>Shingles as the benchmark builds them: a text shorter than the shingle size is one shingle.</summary>
    private static Dictionary<string, int> CountShingles(string text, int size)
    {
        var tokens = Tokenize(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = Math.Max(1, tokens.Count - size + 1);
        for (var i = 0; i < last && i < tokens.Count; i++)
        {
            // U+0001 cannot occur inside a token, so the joined key is unambiguous.
            var key = string.Join('\u0001', tokens.Skip(i).Take(size));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}

/// <summary>Normalised true positives, false positives and false negatives of one page (they sum to 1, or are all 0).</summary>
internal readonly record struct ShingleCounts(double TruePositives, double FalsePositives, double FalseNegatives)
{
    /// <summary>The benchmark's precision: 1 when nothing differs, 0 when nothing was predicted correctly.</summary>
    public double Precision => FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalsePositives == 0 ? 0 : TruePositives / (TruePositives + FalsePositives);

    public double Recall => FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalseNegatives == 0 ? 0 : TruePositives / (TruePositives + FalseNegatives);
}
