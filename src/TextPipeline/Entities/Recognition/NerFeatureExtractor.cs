using TextPipeline.Entities.Gazetteers;
using TextPipeline.Lexicon;

namespace TextPipeline.Entities.Recognition;

/// <summary>
/// Sparse hashed features of a token in its window: words, lower-cased neighbours, shapes, affixes, bigrams, flags,
/// gazetteer membership, word classes learned from unlabelled text, and (optionally) POS tags. The same code feeds the
/// ML.NET trainer and the run-time scorer, so features are identical by construction.
/// </summary>
internal sealed class NerFeatureExtractor
{
    private readonly int _mask;
    private readonly Gazetteer? _gazetteer;
    private readonly WordLexicon? _lexicon;
    private readonly bool _usePos;
    private readonly bool _useDocumentCase;
    private readonly WordClusters? _clusters;

    /// <summary>Prefix lengths of the cluster paths used as features (coarse to fine, as in Ratinov and Roth 2009).</summary>
    private static readonly int[] s_clusterPrefixes = [4, 6, 10, 20];

    public NerFeatureExtractor(int hashBits, Gazetteer? gazetteer, WordLexicon? lexicon, bool usePos, WordClusters? clusters = null, bool useDocumentCase = false)
    {
        _useDocumentCase = useDocumentCase;
        ArgumentOutOfRangeException.ThrowIfLessThan(hashBits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hashBits, 26);
        HashBits = hashBits;
        _mask = (1 << hashBits) - 1;
        _gazetteer = gazetteer;
        _lexicon = lexicon;
        _usePos = usePos;
        _clusters = clusters is { Count: > 0 } ? clusters : null;
    }

    public int HashBits { get; }

    /// <summary>Whether the features include UPOS tags (callers then supply them, or they are tagged on demand).</summary>
    public bool UsesPos => _usePos;

    /// <summary>Whether the features include how the rest of the document writes each word (<see cref="DocumentCaseProfile"/>).</summary>
    public bool UsesDocumentCase => _useDocumentCase;

    /// <summary>SHA-256 of the word clusters the features read, or null when they read none.</summary>
    public string? ClustersSha256 => _clusters?.Sha256;

    public int Dimension => _mask + 1;

    internal NerTokenInfo[] Prepare(IReadOnlyList<string> words, IReadOnlyList<string>? pos, DocumentCaseProfile? profile = null)
    {
        var n = words.Count;
        var masks = n <= 256 ? stackalloc int[n] : new int[n];
        masks.Clear();
        _gazetteer?.ComputeMasks(words, masks);
        var sentenceCase = SentenceCase(words);
        var infos = new NerTokenInfo[n];
        for (var i = 0; i < n; i++)
        {
            var w = words[i];
            var lower = w.ToLowerInvariant();
            infos[i] = new NerTokenInfo(
                w, lower, WordShape.Long(w), WordShape.Short(w), masks[i],
                _lexicon?.ClassOf(lower) ?? 0,
                _usePos && pos is not null && i < pos.Count ? pos[i] : "",
                sentenceCase,
                _clusters?.Lookup(w) ?? ClusterPath.None,
                _useDocumentCase ? (profile ?? DocumentCaseProfile.Empty).CategoryOf(lower) : "");
        }
        return infos;
    }

    /// <summary>Appends the hashed feature indices of token <paramref name="i"/> (duplicates possible).</summary>
    internal void Extract(NerTokenInfo[] t, int i, List<int> features)
    {
        var n = t.Length;
        var w = t[i];
        Add(features, 1, w.Word);
        Add(features, 2, w.Lower);
        Add(features, 3, i > 0 ? t[i - 1].Lower : "<s>");
        Add(features, 4, i + 1 < n ? t[i + 1].Lower : "</s>");
        Add(features, 5, i > 1 ? t[i - 2].Lower : "<s>");
        Add(features, 6, i + 2 < n ? t[i + 2].Lower : "</s>");
        Add(features, 7, w.Shape);
        Add(features, 8, w.ShortShape);
        Add(features, 9, i > 0 ? t[i - 1].ShortShape : "<s>");
        Add(features, 10, i + 1 < n ? t[i + 1].ShortShape : "</s>");
        Add(features, 11, i > 0 ? t[i - 1].ShortShape : "<s>", w.ShortShape);
        Add(features, 12, w.ShortShape, i + 1 < n ? t[i + 1].ShortShape : "</s>");
        Add(features, 13, i > 0 ? t[i - 1].Lower : "<s>", w.Lower);
        Add(features, 14, w.Lower, i + 1 < n ? t[i + 1].Lower : "</s>");
        Add(features, 15, i > 0 ? t[i - 1].Lower : "<s>", w.ShortShape);
        Add(features, 16, w.ShortShape, i + 1 < n ? t[i + 1].Lower : "</s>");
        var lower = w.Lower.AsSpan();
        for (var k = 1; k <= 4 && k <= lower.Length; k++)
        {
            Add(features, 20 + k, lower[..k]);
            Add(features, 30 + k, lower[^k..]);
        }
        Add(features, 40, i == 0 ? "first" : "inner", w.ShortShape);
        Add(features, 41, n == 1 ? "single" : i == n - 1 ? "last" : "mid");
        Add(features, 42, w.SentenceCase, w.ShortShape);
        if (_gazetteer is not null)
        {
            AddMask(features, 50, w.GazetteerMask);
            if (i > 0) AddMask(features, 51, t[i - 1].GazetteerMask);
            if (i + 1 < n) AddMask(features, 52, t[i + 1].GazetteerMask);
        }
        if (_lexicon is not null)
        {
            AddInt(features, 60, w.LexiconClass);
            AddInt(features, 61, i > 0 ? t[i - 1].LexiconClass : -1);
            AddInt(features, 62, i + 1 < n ? t[i + 1].LexiconClass : -1);
            Add(features, 63, w.ShortShape, w.LexiconClass.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (_usePos)
        {
            Add(features, 70, w.Pos);
            Add(features, 71, i > 0 ? t[i - 1].Pos : "<s>");
            Add(features, 72, i + 1 < n ? t[i + 1].Pos : "</s>");
            Add(features, 73, w.Pos, w.ShortShape);
            Add(features, 74, i > 0 ? t[i - 1].Pos : "<s>", w.Pos);
            Add(features, 75, w.Pos, i + 1 < n ? t[i + 1].Pos : "</s>");
            Add(features, 76, w.Pos, w.Lower);
        }
        if (_clusters is not null)
        {
            for (var d = -2; d <= 2; d++)
            {
                var j = i + d;
                var path = j >= 0 && j < n ? t[j].Cluster : ClusterPath.None;
                for (var k = 0; k < s_clusterPrefixes.Length; k++)
                {
                    AddLong(features, 80 + (d + 2) * 4 + k, path.Prefix(s_clusterPrefixes[k]));
                }
            }
            AddShapeCluster(features, 100, w.ShortShape, w.Cluster.Prefix(10));
        }
        if (_useDocumentCase)
        {
            Add(features, 110, w.DocumentCase);
            Add(features, 111, w.DocumentCase, w.ShortShape);
            Add(features, 112, w.DocumentCase, i == 0 ? "first" : w.SentenceCase);
            Add(features, 113, i > 0 ? t[i - 1].DocumentCase : "<s>", w.DocumentCase);
            Add(features, 114, w.DocumentCase, i + 1 < n ? t[i + 1].DocumentCase : "</s>");
        }
    }

    /// <summary>Headlines in capitals and all-lower-case web text change what a capital letter means.</summary>
    private static string SentenceCase(IReadOnlyList<string> words)
    {
        bool anyLower = false, anyUpperAfterFirst = false;
        var upperWords = 0;
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var c in words[i])
            {
                if (char.IsLower(c)) anyLower = true;
                else if (char.IsUpper(c) && i > 0) anyUpperAfterFirst = true;
            }
            if (words[i].Length > 0 && char.IsUpper(words[i][0])) upperWords++;
        }
        if (!anyLower && upperWords > 1) return "caps";
        if (!anyUpperAfterFirst && words.Count > 2) return "lower";
        return "mixed";
    }

    private void Add(List<int> f, int template, ReadOnlySpan<char> a) =>
        f.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Start(template), a), _mask));

    private void Add(List<int> f, int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        f.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Separator(FeatureHash.Add(FeatureHash.Start(template), a)), b), _mask));

    private void AddInt(List<int> f, int template, int value) =>
        f.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Start(template), value), _mask));

    private void AddLong(List<int> f, int template, ulong value) =>
        f.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(template), (int)value), (int)(value >> 32)), _mask));

    private void AddShapeCluster(List<int> f, int template, ReadOnlySpan<char> shape, ulong cluster) =>
        f.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Separator(FeatureHash.Add(FeatureHash.Start(template), shape)), (int)cluster), (int)(cluster >> 32)), _mask));

    private void AddMask(List<int> f, int template, int mask)
    {
        for (var bit = 0; bit < Gazetteer.MaskBits; bit++)
        {
            if ((mask & (1 << bit)) != 0) AddInt(f, template * 100 + bit, 1);
        }
        if (mask == 0) AddInt(f, template * 100 + 99, 0);
    }
}
