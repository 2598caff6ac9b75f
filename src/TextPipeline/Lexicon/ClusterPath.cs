namespace TextPipeline.Lexicon;

/// <summary>
/// A word's position in a hierarchical (Brown-style) clustering: the bit path from the root, most significant bit first.
/// Prefixes of the path name coarser clusters, which is what makes the path useful as a feature at several granularities.
/// </summary>
internal readonly record struct ClusterPath(ulong Bits, int Length)
{
    /// <summary>The path of an unknown word.</summary>
    public static ClusterPath None => default;

    public bool IsKnown => Length > 0;

    /// <summary>
    /// The first <paramref name="length"/> bits as one number that also encodes the length, so prefixes of different
    /// lengths never collide when hashed as features.
    /// </summary>
    public ulong Prefix(int length)
    {
        if (!IsKnown) return 0;
        var n = Math.Min(length, Length);
        var bits = n == 0 ? 0UL : Bits >> (Length - n);
        return (bits << 7) | (uint)n;
    }

    /// <summary>The path as a string of '0' and '1', as in Liang's <c>paths</c> file.</summary>
    public override string ToString()
    {
        if (!IsKnown) return string.Empty;
        return string.Create(Length, this, static (chars, path) =>
        {
            for (var i = 0; i < path.Length; i++)
                chars[i] = ((path.Bits >> (path.Length - 1 - i)) & 1) == 1 ? '1' : '0';
        });
    }

    /// <summary>Parses a string of '0' and '1' (at most 63 bits).</summary>
    public static ClusterPath Parse(ReadOnlySpan<char> bits)
    {
        if (bits.Length is 0 or > 63) throw new FormatException($"A cluster path has 1 to 63 bits, not {bits.Length}.");
        ulong value = 0;
        foreach (var c in bits)
        {
            value = c switch
            {
                '0' => value << 1,
                '1' => (value << 1) | 1,
                _ => throw new FormatException($"A cluster path has only '0' and '1', not '{c}'."),
            };
        }
        return new ClusterPath(value, bits.Length);
    }
}
