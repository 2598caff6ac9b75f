namespace TextPipeline.Linking;

/// <summary>One article as the duplicate finder sees it.</summary>
internal readonly record struct DuplicateCandidate(string Sha256, ulong[] Shingles);

/// <summary>
/// Groups exact copies (same input SHA-256) and near copies (MinHash LSH over word shingles, every candidate pair
/// verified by exact Jaccard) with a union-find. Cost is about linear: each article lands in a fixed number of LSH
/// buckets and is verified against a bounded number of bucket neighbours.
/// </summary>
internal static class DuplicateFinder
{
    private const int Bands = 32;
    private const int Rows = Shingles.SignatureLength / Bands;
    private const int MaxComparisonsPerBucketMember = 8;

    /// <summary>Group index per article (the smallest article index of its group); singletons map to themselves.</summary>
    public static int[] Group(IReadOnlyList<DuplicateCandidate> articles, double threshold, ParallelOptions parallel)
    {
        var signatures = new ulong[articles.Count][];
        Parallel.For(0, articles.Count, parallel, a => signatures[a] = SignatureOf(articles[a].Shingles));
        return Group([.. articles.Select(a => a.Sha256)], signatures, a => articles[a].Shingles, threshold);
    }

    /// <summary>The LSH bucket key of each band of a signature (the key of band b mixes b with the band's rows).</summary>
    public static ulong[] BandKeys(ulong[] signature)
    {
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++) keys[band] = BandKey(signature, band);
        return keys;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = (ulong)band;
        for (var r = 0; r < Rows; r++) key = Shingles.Mix(key ^ signature[band * Rows + r]);
        return key;
    }

    /// <summary>The MinHash signature the finder buckets an article by (empty for an article without words).</summary>
    public static ulong[] SignatureOf(ulong[] shingles) => shingles.Length == 0 ? [] : Shingles.Signature(shingles);

    /// <summary>
    /// As <see cref="Group(IReadOnlyList{DuplicateCandidate}, double, ParallelOptions)"/>, with the signatures
    /// computed beforehand (the server keeps them) and the shingles asked for only when a pair is verified.
    /// </summary>
    public static int[] Group(IReadOnlyList<string> sha256, IReadOnlyList<ulong[]> signatures, Func<int, ulong[]> shingles, double threshold)
    {
        var n = signatures.Count;
        var parent = Enumerable.Range(0, n).ToArray();

        var firstBySha = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < n; a++)
        {
            if (signatures[a].Length == 0) continue;
            if (!firstBySha.TryAdd(sha256[a], a)) Union(parent, firstBySha[sha256[a]], a);
        }

        for (var band = 0; band < Bands; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            for (var a = 0; a < n; a++)
            {
                if (signatures[a].Length == 0) continue;
                var key = BandKey(signatures[a], band);
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(a);
            }
            foreach (var members in buckets.Values)
            {
                for (var j = 1; j < members.Count; j++)
                {
                    var b = members[j];
                    for (var i = j - 1; i >= Math.Max(0, j - MaxComparisonsPerBucketMember); i--)
                    {
                        var a = members[i];
                        if (Find(parent, a) == Find(parent, b)) break;
                        if (Shingles.Jaccard(shingles(a), shingles(b)) >= threshold)
                        {
                            Union(parent, a, b);
                            break;
                        }
                    }
                }
            }
        }

        var groups = new int[n];
        for (var a = 0; a < n; a++) groups[a] = Find(parent, a);
        return groups;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /// <summary>Links two groups under the smaller root, so roots are each group's smallest index.</summary>
    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a == b) return;
        if (a < b) parent[b] = a;
        else parent[a] = b;
    }
}
