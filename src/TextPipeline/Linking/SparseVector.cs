namespace TextPipeline.Linking;

/// <summary>
/// A sparse vector over hashed ids (<see cref="TermHash"/>), ids ascending with their weights. Ids do not depend on
/// the corpus, so a vector, and every sum over it, is the same whichever articles are linked with it.
/// </summary>
internal readonly record struct SparseVector(ulong[] Terms, float[] Weights)
{
    public static SparseVector Empty { get; } = new([], []);

    public bool IsEmpty => Terms.Length == 0;

    /// <summary>Dot product by merging the two sorted id lists (a fixed summation order, so deterministic).</summary>
    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Terms;
        var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += (double)Weights[i] * other.Weights[j];
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>L2-normalised vector of (id, weight) pairs in any order; equal ids must not repeat.</summary>
    public static SparseVector Normalized(IReadOnlyList<(ulong Id, double Weight)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = entries.Where(e => e.Weight > 0).OrderBy(e => e.Id).ToArray();
        double norm = 0;
        foreach (var (_, w) in sorted) norm += w * w;
        if (norm <= 0) return Empty;
        norm = Math.Sqrt(norm);
        var ids = new ulong[sorted.Length];
        var weights = new float[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            ids[i] = sorted[i].Id;
            weights[i] = (float)(sorted[i].Weight / norm);
        }
        return new SparseVector(ids, weights);
    }
}
