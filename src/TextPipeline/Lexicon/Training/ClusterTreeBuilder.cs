namespace TextPipeline.Lexicon.Training;

/// <summary>
/// Brown's agglomerative step over a fixed set of classes: repeatedly merges the pair whose merge loses the least
/// average mutual information until one cluster is left, giving every class a bit path (first-merged side = 0).
/// The merge gains are kept in a table and updated in O(C²) per merge (Brown et al. 1992, §3).
/// </summary>
internal static class ClusterTreeBuilder
{
    /// <summary>Bit paths (as '0'/'1' strings) of the <paramref name="classes"/> classes with bigram counts <paramref name="classBigrams"/>.</summary>
    public static string[] BuildPaths(ReadOnlySpan<int> classBigrams, int classes, XLogXTable table, IProgress<string>? progress = null)
    {
        var n = classes;
        var m = new long[n * n];
        for (var i = 0; i < m.Length; i++) m[i] = classBigrams[i];
        var left = new long[n];
        var right = new long[n];
        for (var c = 0; c < n; c++)
        {
            for (var d = 0; d < n; d++)
            {
                left[c] += m[(c * n) + d];
                right[d] += m[(c * n) + d];
            }
        }
        var alive = new List<int>(Enumerable.Range(0, n));
        // Tree nodes: leaves 0..n-1, then one node per merge; children[node] = (zero side, one side).
        var children = new List<(int Zero, int One)>();
        var nodeOf = Enumerable.Range(0, n).ToArray();
        var gain = new double[n * n];
        var f = table;

        double Cross(int i, int j, int d) =>
            f[m[(i * n) + d] + m[(j * n) + d]] - f[m[(i * n) + d]] - f[m[(j * n) + d]]
            + f[m[(d * n) + i] + m[(d * n) + j]] - f[m[(d * n) + i]] - f[m[(d * n) + j]];

        double Gain(int i, int j)
        {
            var ii = m[(i * n) + i];
            var ij = m[(i * n) + j];
            var ji = m[(j * n) + i];
            var jj = m[(j * n) + j];
            var g = f[ii + ij + ji + jj] - f[ii] - f[ij] - f[ji] - f[jj];
            foreach (var d in alive)
            {
                if (d != i && d != j) g += Cross(i, j, d);
            }
            g -= f[left[i] + left[j]] - f[left[i]] - f[left[j]];
            g -= f[right[i] + right[j]] - f[right[i]] - f[right[j]];
            return g;
        }

        for (var x = 0; x < n; x++)
        {
            for (var y = x + 1; y < n; y++) gain[(x * n) + y] = Gain(x, y);
        }

        var nextNode = n;
        while (alive.Count > 1)
        {
            // The best pair; ties go to the first pair in (i, j) order.
            int a = -1, b = -1;
            var best = double.NegativeInfinity;
            for (var p = 0; p < alive.Count; p++)
            {
                var i = alive[p];
                for (var q = p + 1; q < alive.Count; q++)
                {
                    var g = gain[(i * n) + alive[q]];
                    if (g > best)
                    {
                        best = g;
                        a = i;
                        b = alive[q];
                    }
                }
            }

            // Pairs not involving a or b: their gain changes only through their cross terms with a, b and a+b.
            for (var p = 0; p < alive.Count; p++)
            {
                var i = alive[p];
                if (i == a || i == b) continue;
                for (var q = p + 1; q < alive.Count; q++)
                {
                    var j = alive[q];
                    if (j == a || j == b) continue;
                    gain[(i * n) + j] -= Cross(i, j, a) + Cross(i, j, b);
                }
            }
            for (var d = 0; d < n; d++)
            {
                m[(a * n) + d] += m[(b * n) + d];
                m[(b * n) + d] = 0;
            }
            for (var d = 0; d < n; d++)
            {
                m[(d * n) + a] += m[(d * n) + b];
                m[(d * n) + b] = 0;
            }
            left[a] += left[b];
            right[a] += right[b];
            left[b] = right[b] = 0;
            alive.Remove(b);
            for (var p = 0; p < alive.Count; p++)
            {
                var i = alive[p];
                if (i == a) continue;
                for (var q = p + 1; q < alive.Count; q++)
                {
                    var j = alive[q];
                    if (j == a) continue;
                    gain[(i * n) + j] += Cross(i, j, a);
                }
            }
            foreach (var d in alive)
            {
                if (d == a) continue;
                var (x, y) = d < a ? (d, a) : (a, d);
                gain[(x * n) + y] = Gain(x, y);
            }
            children.Add((nodeOf[a], nodeOf[b]));
            nodeOf[a] = nextNode++;
            if (progress is not null && alive.Count % 100 == 0) progress.Report($"clusters: tree, {alive.Count} clusters left");
        }

        var paths = new string[n];
        if (n == 1)
        {
            paths[0] = "0";
            return paths;
        }
        var stack = new Stack<(int Node, string Path)>();
        stack.Push((nextNode - 1, string.Empty));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (node < n)
            {
                paths[node] = path;
                continue;
            }
            var (zero, one) = children[node - n];
            stack.Push((zero, path + "0"));
            stack.Push((one, path + "1"));
        }
        return paths;
    }
}
