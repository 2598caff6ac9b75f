namespace TextPipeline.Linking;

/// <summary>
/// The set of hashed word k-grams (shingles) of a text, sorted and distinct, and their MinHash signature.
/// Words are runs of letters and digits, compared case-insensitively, so whitespace, punctuation and case edits do
/// not change the set.
/// </summary>
internal static class Shingles
{
    public const int SignatureLength = 128;

    private static readonly ulong[] s_seeds = CreateSeeds();

    public static ulong[] Of(ReadOnlySpan<char> text, int size)
    {
        var words = new List<ulong>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var hash = 14695981039346656037UL; // FNV-1a 64
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            words.Add(hash);
        }
        if (words.Count == 0) return [];
        var k = Math.Min(size, words.Count);
        var shingles = new ulong[words.Count - k + 1];
        for (var s = 0; s < shingles.Length; s++)
        {
            var h = 0UL;
            for (var j = 0; j < k; j++) h = Mix(h ^ words[s + j]) + (ulong)j;
            shingles[s] = h;
        }
        Array.Sort(shingles);
        var distinct = 1;
        for (var s = 1; s < shingles.Length; s++)
        {
            if (shingles[s] != shingles[distinct - 1]) shingles[distinct++] = shingles[s];
        }
        return shingles[..distinct];
    }

    /// <summary>MinHash signature: for each of <see cref="SignatureLength"/> hash functions, the least hash of a shingle.</summary>
    public static ulong[] Signature(ulong[] shingles)
    {
        var signature = new ulong[SignatureLength];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var h = Mix(s ^ s_seeds[i]);
                if (h < signature[i]) signature[i] = h;
            }
        }
        return signature;
    }

    /// <summary>Exact Jaccard similarity of two sorted distinct sets.</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>SplitMix64's finaliser: a fast, well-mixed 64-bit hash.</summary>
    public static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[SignatureLength];
        for (var i = 0; i < seeds.Length; i++) seeds[i] = Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1));
        return seeds;
    }
}
