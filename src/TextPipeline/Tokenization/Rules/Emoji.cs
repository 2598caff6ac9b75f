namespace TextPipeline.Tokenization.Rules;

/// <summary>Finds emoji clusters: a pictograph with its skin-tone modifiers, variation selectors, keycaps, tags and ZWJ sequences.</summary>
internal static class Emoji
{
    private const char Zwj = '\u200D';

    private static bool IsPictograph(int cp) =>
        cp is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF) or (>= 0x2300 and <= 0x23FF)
            or 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or (>= 0x2194 and <= 0x21AA) or 0x3030 or 0x303D;

    private static bool IsModifier(int cp) =>
        cp is (>= 0x1F3FB and <= 0x1F3FF) or 0xFE0F or 0xFE0E or 0x20E3 or (>= 0xE0020 and <= 0xE007F);

    private static int CodePointAt(ReadOnlySpan<char> s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }
        width = 1;
        return s[i];
    }

    /// <summary>Length of the emoji cluster starting at <paramref name="i"/>, or 0 when none starts there.</summary>
    public static int ClusterLength(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length) return 0;
        var cp = CodePointAt(s, i, out var w);
        if (!IsPictograph(cp)) return 0;
        var regional = cp is >= 0x1F1E6 and <= 0x1F1FF;
        var j = i + w;
        if (regional && j < s.Length)
        {
            // A flag is a pair of regional indicators.
            var next = CodePointAt(s, j, out var w2);
            if (next is >= 0x1F1E6 and <= 0x1F1FF) j += w2;
        }
        while (j < s.Length)
        {
            var next = CodePointAt(s, j, out var w2);
            if (IsModifier(next))
            {
                j += w2;
            }
            else if (next == Zwj && j + 1 < s.Length && IsPictograph(CodePointAt(s, j + 1, out var w3)))
            {
                j += 1 + w3;
            }
            else
            {
                break;
            }
        }
        return j - i;
    }

    /// <summary>Length of the emoji cluster ending at <paramref name="end"/> (exclusive), or 0.</summary>
    public static int ClusterLengthEndingAt(ReadOnlySpan<char> s, int end)
    {
        // Scan back over modifiers/ZWJ/pictographs, then check forward.
        var i = end;
        while (i > 0)
        {
            var back = i >= 2 && char.IsLowSurrogate(s[i - 1]) && char.IsHighSurrogate(s[i - 2]) ? 2 : 1;
            var cp = back == 2 ? char.ConvertToUtf32(s[i - 2], s[i - 1]) : s[i - 1];
            if (IsPictograph(cp) || IsModifier(cp) || cp == Zwj) i -= back;
            else break;
        }
        while (i < end)
        {
            var n = ClusterLength(s, i);
            if (n == 0) { i += char.IsHighSurrogate(s[i]) && i + 1 < end ? 2 : 1; continue; }
            if (i + n == end) return n;
            i += n;
        }
        return 0;
    }
}
