namespace TextPipeline.Linking;

/// <summary>A sparse vector: term ids ascending with their weights. L2-normalised when built by the index.</summary>
internal readonly record struct SparseVector(int[] Terms, float[] Weights)
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
            var d = a[i] - b[j];
            if (d == 0)
            {
                sum += (double)Weights[i] * other.Weights[j];
                i++;
                j++;
            }
            else if (d < 0) i++;
            else j++;
        }
        return sum;
    }

    public static SparseVector Normalized(int[] terms, double[] weights)
    {
        double norm = 0;
        foreach (var w in weights) norm += w * w;
        if (norm <= 0) return Empty;
        norm = Math.Sqrt(norm);
        var result = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++) result[i] = (float)(weights[i] / norm);
        return new SparseVector(terms, result);
    }
}
