using TextPipeline.Lexicon;
using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tokenization.Tagging;

/// <summary>
/// Per-sentence scratch view of the words for the tagger: lower-cased forms in one buffer and, per word, the hashed
/// keys every feature template needs (normalised word, affixes, shape, raw form). Numbers and years collapse to a
/// class (Honnibal's trick). Reused per thread, so tagging allocates nothing per word.
/// </summary>
internal sealed class SentenceWords
{
    private const int Plain = 0;
    private const int Digits = 1;
    private const int Year = 2;

    private static readonly ulong[] s_padding = [KeyMix.Text("-START2-"), KeyMix.Text("-START-"), KeyMix.Text("-END-"), KeyMix.Text("-END2-")];
    private static readonly ulong s_digits = KeyMix.Text("!DIGITS");
    private static readonly ulong s_year = KeyMix.Text("!YEAR");

    [ThreadStatic]
    private static SentenceWords? t_instance;

    private char[] _lower = new char[1024];
    private int[] _start = new int[128];
    private int[] _length = new int[128];
    private ulong[] _keys = new ulong[128 * KeyCount];

    public const int Word = 0;
    public const int Suffix1 = 1;
    public const int Suffix2 = 2;
    public const int Suffix3 = 3;
    public const int Suffix4 = 4;
    public const int Prefix1 = 5;
    public const int Prefix3 = 6;
    public const int Shape = 7;
    public const int Raw = 8;
    public const int Capitalized = 9;

    /// <summary>Word-cluster path prefixes of 4, 6, 10 and 20 bits (0 = no cluster).</summary>
    public const int Cluster4 = 10;
    public const int Cluster6 = 11;
    public const int Cluster10 = 12;
    public const int Cluster20 = 13;
    private const int KeyCount = 14;

    public int Count { get; private set; }

    public static SentenceWords For(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> sentence, WordClusters clusters)
    {
        var words = t_instance ??= new SentenceWords();
        words.Load(text, sentence, clusters);
        return words;
    }

    private void Load(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> sentence, WordClusters clusters)
    {
        Count = sentence.Length;
        if (_start.Length < Count)
        {
            var size = Math.Max(Count, _start.Length * 2);
            _start = new int[size];
            _length = new int[size];
            _keys = new ulong[size * KeyCount];
        }
        var total = 0;
        foreach (var t in sentence) total += t.Length;
        if (_lower.Length < total) _lower = new char[Math.Max(total, _lower.Length * 2)];
        var pos = 0;
        Span<char> shape = stackalloc char[WordShape.MaxLength];
        for (var i = 0; i < sentence.Length; i++)
        {
            var t = sentence[i];
            var raw = text.Slice(t.Start, t.Length);
            var lower = _lower.AsSpan(pos, raw.Length);
            raw.ToLowerInvariant(lower);
            _start[i] = pos;
            _length[i] = raw.Length;
            pos += raw.Length;
            var keys = _keys.AsSpan(i * KeyCount, KeyCount);
            var code = CodeOf(raw);
            if (code == Plain)
            {
                keys[Word] = KeyMix.Text(lower);
                keys[Suffix1] = KeyMix.Text(lower.Length <= 1 ? lower : lower[^1..]);
                keys[Suffix2] = KeyMix.Text(lower.Length <= 2 ? lower : lower[^2..]);
                keys[Suffix3] = KeyMix.Text(lower.Length <= 3 ? lower : lower[^3..]);
                keys[Suffix4] = KeyMix.Text(lower.Length <= 4 ? lower : lower[^4..]);
            }
            else
            {
                var k = code == Year ? s_year : s_digits;
                keys[Word] = keys[Suffix1] = keys[Suffix2] = keys[Suffix3] = keys[Suffix4] = k;
            }
            keys[Prefix1] = KeyMix.Text(lower.Length <= 1 ? lower : lower[..1]);
            keys[Prefix3] = KeyMix.Text(lower.Length <= 3 ? lower : lower[..3]);
            var shapeLength = WordShape.Write(raw, shape);
            keys[Shape] = KeyMix.Text(shape[..shapeLength]);
            keys[Raw] = raw.SequenceEqual(lower) ? 0 : KeyMix.Text(raw);
            keys[Capitalized] = shapeLength > 0 && shape[0] == 'X' ? 1UL : 0UL;
            var cluster = clusters.Count == 0 ? ClusterPath.None : clusters.Lookup(raw);
            keys[Cluster4] = cluster.Prefix(4);
            keys[Cluster6] = cluster.Prefix(6);
            keys[Cluster10] = cluster.Prefix(10);
            keys[Cluster20] = cluster.Prefix(20);
        }
    }

    private static int CodeOf(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty || !CharClass.IsDigit(raw[0])) return Plain;
        if (raw.Length == 4 && CharClass.IsDigit(raw[1]) && CharClass.IsDigit(raw[2]) && CharClass.IsDigit(raw[3])) return Year;
        foreach (var c in raw)
        {
            if (CharClass.IsLetter(c)) return Plain; // 1990s, 2nd: keep the form
        }
        return Digits;
    }

    public ReadOnlySpan<char> Lower(int i) => _lower.AsSpan(_start[i], _length[i]);

    /// <summary>Key <paramref name="kind"/> of word <paramref name="i"/>; outside the sentence, the padding word.</summary>
    public ulong Key(int i, int kind)
    {
        if (i < 0) return s_padding[Math.Max(0, i + 2)];
        if (i >= Count) return s_padding[Math.Min(3, i - Count + 2)];
        return _keys[i * KeyCount + kind];
    }
}
