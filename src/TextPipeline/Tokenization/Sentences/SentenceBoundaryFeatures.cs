using TextPipeline.Tokenization.Rules;
using TextPipeline.Tokenization.Tagging;

namespace TextPipeline.Tokenization.Sentences;

/// <summary>
/// Features of the gap after token <c>i</c>: the tokens around it (lower-cased), their shapes and kinds, the
/// whitespace in the gap, terminal punctuation, abbreviations, case of the next word, quotes and brackets.
/// Per-token keys are computed once per block (<see cref="TokenKeys"/>).
/// </summary>
internal static class SentenceBoundaryFeatures
{
    public const int Max = 24;

    private static readonly ulong s_start = KeyMix.Text("<s>");
    private static readonly ulong s_end = KeyMix.Text("</s>");

    /// <summary>Hashed facts about each token of a block, reused per thread.</summary>
    internal sealed class TokenKeys
    {
        [ThreadStatic]
        private static TokenKeys? t_instance;

        public ulong[] Lower = new ulong[256];
        public ulong[] Shape = new ulong[256];
        public ulong[] First = new ulong[256];
        public byte[] Flags = new byte[256];
        public byte[] Length = new byte[256];

        public const byte Terminal = 1;
        public const byte Upper = 2;
        public const byte Abbreviation = 4;

        public static TokenKeys For(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens)
        {
            var keys = t_instance ??= new TokenKeys();
            keys.Load(text, tokens);
            return keys;
        }

        private void Load(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens)
        {
            if (Lower.Length < tokens.Length)
            {
                var size = Math.Max(tokens.Length, Lower.Length * 2);
                Lower = new ulong[size];
                Shape = new ulong[size];
                First = new ulong[size];
                Flags = new byte[size];
                Length = new byte[size];
            }
            Span<char> lower = stackalloc char[24];
            Span<char> shape = stackalloc char[WordShape.MaxLength];
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = text.Slice(tokens[i].Start, tokens[i].Length);
                var w = word.Length > lower.Length ? word[..lower.Length] : word;
                var l = w.ToLowerInvariant(lower);
                Lower[i] = KeyMix.Text(lower[..l]);
                Shape[i] = KeyMix.Text(shape[..WordShape.Write(word, shape)]);
                First[i] = word[0];
                Flags[i] = (byte)((SentenceFeatures.IsTerminal(word) ? Terminal : 0)
                    | (SentenceFeatures.StartsUpper(word) ? Upper : 0)
                    | (SentenceFeatures.IsAbbreviationToken(word) ? Abbreviation : 0));
                Length[i] = (byte)Math.Min(word.Length, 6);
            }
        }
    }

    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, TokenKeys k, int i, Span<ulong> output)
    {
        var n = 0;
        var t = tokens[i];
        var next = tokens[i + 1];
        var lower = k.Lower[i];
        var nextLower = k.Lower[i + 1];
        var prevLower = i > 0 ? k.Lower[i - 1] : s_start;
        var next2First = i + 2 < tokens.Length ? k.First[i + 2] : s_end;
        var shape = k.Shape[i];
        var nextShape = k.Shape[i + 1];
        var gap = (ulong)GapKind(text, t.End, next.Start);
        ulong terminal = (ulong)(k.Flags[i] & TokenKeys.Terminal);
        ulong upperNext = (k.Flags[i + 1] & TokenKeys.Upper) != 0 ? 1UL : 0UL;
        ulong abbreviation = (k.Flags[i] & TokenKeys.Abbreviation) != 0 ? 1UL : 0UL;

        output[n++] = KeyMix.Template(100);
        output[n++] = KeyMix.Of(101, lower);
        output[n++] = KeyMix.Of(102, nextLower);
        output[n++] = KeyMix.Of(103, prevLower);
        output[n++] = KeyMix.Of(104, shape);
        output[n++] = KeyMix.Of(105, nextShape);
        output[n++] = KeyMix.Of(106, shape, nextShape);
        output[n++] = KeyMix.Of(107, gap);
        output[n++] = KeyMix.Of(108, gap, terminal, upperNext);
        output[n++] = KeyMix.Of(109, lower, upperNext);
        output[n++] = KeyMix.Of(110, lower, nextShape);
        output[n++] = KeyMix.Of(111, abbreviation, upperNext);
        output[n++] = KeyMix.Of(112, (ulong)t.Kind, (ulong)next.Kind);
        output[n++] = KeyMix.Of(113, prevLower, lower);
        output[n++] = KeyMix.Of(114, lower, nextLower);
        output[n++] = KeyMix.Of(115, terminal, nextLower);
        output[n++] = KeyMix.Of(116, gap, nextShape);
        output[n++] = KeyMix.Of(117, k.Length[i], terminal, upperNext);
        output[n++] = KeyMix.Of(118, next2First, terminal);
        output[n++] = KeyMix.Of(119, t.End == next.Start ? 1UL : 0UL, terminal);
        output[n++] = KeyMix.Of(120, prevLower, terminal, upperNext);
        return n;
    }

    /// <summary>0 no space, 1 spaces, 2 one line break, 3 blank line.</summary>
    private static int GapKind(ReadOnlySpan<char> text, int from, int to)
    {
        if (from == to) return 0;
        if (to - from == 1 && text[from] == ' ') return 1;
        if (SentenceFeatures.HasBlankLineBetween(text, from, to)) return 3;
        return SentenceFeatures.HasLineBreakBetween(text, from, to) ? 2 : 1;
    }
}
