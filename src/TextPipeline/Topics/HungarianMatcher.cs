namespace TextPipeline.Topics;

/// <summary>Optimal one-to-one assignment (Hungarian / Kuhn-Munkres, O(n³)) that maximises total similarity.</summary>
internal static class HungarianMatcher
{
    /// <summary>For each row the matched column, or -1 when the matrix has more rows than columns and the row is left out.</summary>
    public static int[] Maximise(double[,] similarity)
    {
        int rows = similarity.GetLength(0), cols = similarity.GetLength(1);
        var n = Math.Max(rows, cols);
        if (n == 0) return [];
        var max = 0.0;
        foreach (var v in similarity) max = Math.Max(max, v);
        // Minimise cost = max - similarity on a square matrix padded with zero-similarity cells.
        var cost = new double[n + 1, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) cost[i + 1, j + 1] = max - (i < rows && j < cols ? similarity[i, j] : 0);
        }
        var u = new double[n + 1];
        var v2 = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    var cur = cost[i0, j] - u[i0] - v2[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (var j = 0; j <= n; j++)
                {
                    if (used[j]) { u[p[j]] += delta; v2[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        var result = Enumerable.Repeat(-1, rows).ToArray();
        for (var j = 1; j <= n; j++)
        {
            if (p[j] - 1 < rows && j - 1 < cols) result[p[j] - 1] = j - 1;
        }
        return result;
    }
}
