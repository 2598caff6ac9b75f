using TextPipeline.Lexicon.Training;

namespace TextPipeline.Tests.Lexicon;

public sealed class ClusterTreeBuilderTests
{
    /// <summary>
    /// The incremental O(C²)-per-merge gain table must pick the same merges as recomputing the whole objective for
    /// every candidate pair, the definition of Brown's greedy step.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Incremental_merges_equal_merges_by_recomputing_the_objective(int seed)
    {
        const int n = 9;
        var random = new Random(seed);
        var counts = new int[n * n];
        for (var i = 0; i < counts.Length; i++) counts[i] = random.Next(4) == 0 ? 0 : random.Next(1, 60);
        var table = new XLogXTable(counts.Sum());

        var incremental = ClusterTreeBuilder.BuildPaths(counts, n, table);

        Assert.Equal(NaivePaths(counts, n, table), incremental);
    }

    private static string[] NaivePaths(int[] counts, int n, XLogXTable f)
    {
        var members = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToArray();
        var alive = Enumerable.Range(0, n).ToList();
        var paths = new string[n];
        for (var i = 0; i < n; i++) paths[i] = string.Empty;
        while (alive.Count > 1)
        {
            int a = -1, b = -1;
            var best = double.NegativeInfinity;
            for (var p = 0; p < alive.Count; p++)
            {
                for (var q = p + 1; q < alive.Count; q++)
                {
                    var groups = alive.Where(s => s != alive[q]).Select(s => s == alive[p] ? members[s].Concat(members[alive[q]]).ToList() : members[s]).ToList();
                    var value = Objective(groups, counts, n, f);
                    if (value > best)
                    {
                        best = value;
                        a = alive[p];
                        b = alive[q];
                    }
                }
            }
            foreach (var leaf in members[a]) paths[leaf] = "0" + paths[leaf];
            foreach (var leaf in members[b]) paths[leaf] = "1" + paths[leaf];
            members[a].AddRange(members[b]);
            alive.Remove(b);
        }
        return paths;
    }

    private static double Objective(List<List<int>> groups, int[] counts, int n, XLogXTable f)
    {
        double total = 0;
        foreach (var g in groups)
        {
            long left = 0, right = 0;
            foreach (var x in g)
            {
                for (var y = 0; y < n; y++)
                {
                    left += counts[(x * n) + y];
                    right += counts[(y * n) + x];
                }
            }
            total -= f[left] + f[right];
            foreach (var h in groups)
            {
                long cell = 0;
                foreach (var x in g)
                {
                    foreach (var y in h) cell += counts[(x * n) + y];
                }
                total += f[cell];
            }
        }
        return total;
    }
}
