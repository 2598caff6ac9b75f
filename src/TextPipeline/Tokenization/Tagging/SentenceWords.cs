using TextPipeline.Tokenization.Rules;

namespace TextPipeline.Tokenization.Tagging;

/// <summary>
/// Per-sentence scratch view of the words: lower-cased forms in one buffer and a normalisation code per word
/// (numbers and years collapse to a class, Honnibal's trick). Reused per thread, so tagging allocates nothing per word.
/// </summary>
internal sealed class SentenceWords
{
    public const int Plain = 0;
    public const int Digits = 1;
    public const int Year = 2;
    public const int Start = 3;
    public const int Start2 = 4;
    public const int End = 5;
    public const int End2 = 6;

    [ThreadStatic]
    private static SentenceWords? t_instance;

    private char[] _lower = new char[1024];
    private int[] _start = new int[128];
    private int[] _length = new int[128];
    private int[] _code = new int[128];
    private RawToken[] _tokens = new RawToken[128];

    public int Count { get; private set; }

    public static SentenceWords For(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> sentence)
    {
        var words = t_instance ??= new SentenceWords();
        words.Load(text, sentence);
        return words;
    }

    private void Load(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> sentence)
    {
        Count = sentence.Length;
        if (_start.Length < Count)
        {
            var size = Math.Max(Count, _start.Length * 2);
            _start = new int[size];
            _length = new int[size];
            _code = new int[size];
            _tokens = new RawToken[size];
        }
        var total = 0;
        foreach (var t in sentence) total += t.Length;
        if (_lower.Length < total) _lower = new char[Math.Max(total, _lower.Length * 2)];
        var pos = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var t = sentence[i];
            var raw = text.Slice(t.Start, t.Length);
            raw.ToLowerInvariant(_lower.AsSpan(pos, raw.Length));
            _start[i] = pos;
            _length[i] = raw.Length;
            _tokens[i] = t;
            _code[i] = CodeOf(raw);
            pos += raw.Length;
        }
    }

    private static int CodeOf(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty || !CharClass.IsDigit(raw[0])) return Plain;
        if (raw.Length == 4 && CharClass.IsDigit(raw[1]) && CharClass.IsDigit(raw[2]) && CharClass.IsDigit(raw[3])) return Year;
        foreach (var c in raw)
        {
            if (CharClass.IsLetter(c)) return Plain; // 1990s, 3pm, 2nd: keep the form
        }
        return Digits;
    }

    public ReadOnlySpan<char> Lower(int i) => _lower.AsSpan(_start[i], _length[i]);

    public RawToken Token(int i) => _tokens[i];

    /// <summary>Normalisation code of word <paramref name="i"/>; out of range gives the padding codes.</summary>
    public int Code(int i) => i < 0 ? (i == -1 ? Start : Start2) : i >= Count ? (i == Count ? End : End2) : _code[i];

    /// <summary>Adds the normalised word <paramref name="i"/> (padding outside the sentence) to a hash.</summary>
    public FeatureHash AddWord(FeatureHash h, int i)
    {
        var code = Code(i);
        return code == Plain ? h.Add(Lower(i)) : h.Add(code);
    }

    public FeatureHash AddSuffix(FeatureHash h, int i, int length)
    {
        var code = Code(i);
        if (code != Plain) return h.Add(code);
        var w = Lower(i);
        return h.Add(w.Length <= length ? w : w[^length..]);
    }
}
