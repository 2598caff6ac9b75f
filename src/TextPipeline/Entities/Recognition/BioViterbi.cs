namespace TextPipeline.Entities.Recognition;

/// <summary>
/// Best IOB2 label sequence under the constraint that I-X only follows B-X or I-X, over per-token log-probabilities.
/// Label scores are independent per token, so the only transition scores are 0 (allowed) and -inf (forbidden).
/// </summary>
internal static class BioViterbi
{
    /// <param name="logProbs">Row-major [token, label] log-probabilities.</param>
    /// <param name="labelCount">Number of labels (O, then B-/I- pairs).</param>
    /// <param name="result">Receives one label per token.</param>
    public static void Decode(ReadOnlySpan<float> logProbs, int labelCount, Span<int> result)
    {
        var n = result.Length;
        if (n == 0) return;
        if (logProbs.Length < n * labelCount) throw new ArgumentException("Too few scores for the tokens.", nameof(logProbs));
        var back = n * labelCount <= 4096 ? stackalloc int[n * labelCount] : new int[n * labelCount];
        Span<float> prev = labelCount <= 64 ? stackalloc float[labelCount] : new float[labelCount];
        Span<float> cur = labelCount <= 64 ? stackalloc float[labelCount] : new float[labelCount];
        for (var y = 0; y < labelCount; y++)
        {
            prev[y] = NerLabels.IsInside(y) ? float.NegativeInfinity : logProbs[y];
            back[y] = -1;
        }
        for (var i = 1; i < n; i++)
        {
            var row = logProbs.Slice(i * labelCount, labelCount);
            for (var y = 0; y < labelCount; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                if (NerLabels.IsInside(y))
                {
                    // Only B-X (y - 1) or I-X (y) may precede I-X.
                    if (prev[y - 1] >= prev[y]) { best = prev[y - 1]; arg = y - 1; }
                    else { best = prev[y]; arg = y; }
                }
                else
                {
                    for (var p = 0; p < labelCount; p++)
                    {
                        if (prev[p] > best) { best = prev[p]; arg = p; }
                    }
                }
                cur[y] = best + row[y];
                back[i * labelCount + y] = arg;
            }
            cur.CopyTo(prev);
        }
        var last = 0;
        for (var y = 1; y < labelCount; y++)
        {
            if (prev[y] > prev[last]) last = y;
        }
        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = last;
            if (i > 0) last = back[i * labelCount + last];
        }
    }
}
