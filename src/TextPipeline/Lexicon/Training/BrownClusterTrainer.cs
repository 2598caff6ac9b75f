namespace TextPipeline.Lexicon.Training;

/// <summary>
/// Hierarchical word clusters in two steps: exchange clustering of the vocabulary into C classes under Brown's class
/// bigram objective, then Brown's agglomerative merging of those C classes into a binary tree (the bit paths).
/// Single-threaded and deterministic: the same corpus and options give the same clusters.
/// </summary>
internal static class BrownClusterTrainer
{
    public static BrownClusterResult Train(ClusterCorpus corpus, BrownClusterOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        if (corpus.VocabularySize == 0) return new BrownClusterResult([], corpus.Tokens, 0, 0, 0, 0, 0);
        var classes = Math.Clamp(options.Clusters, 1, corpus.VocabularySize);
        var bigrams = corpus.BigramCount;
        var table = new XLogXTable(Math.Max(bigrams, 1));
        var exchange = new ExchangeClustering(corpus, classes, table);
        progress?.Report($"clusters: {corpus.VocabularySize:N0} words, {bigrams:N0} bigrams, {classes} classes; objective {exchange.Objective() / bigrams:F4}");
        var iterations = 0;
        while (iterations < options.MaxIterations)
        {
            var moved = exchange.Iterate();
            iterations++;
            progress?.Report($"clusters: pass {iterations}: {moved:N0} words moved; objective {exchange.Objective() / bigrams:F4}");
            if (moved < options.MinMovedFraction * corpus.VocabularySize) break;
        }
        var ami = AverageMutualInformation(exchange.Objective(), bigrams);

        // Classes that ended up empty take no part in the tree.
        var classOf = exchange.ClassOf.ToArray();
        var used = classOf.Distinct().Order().ToArray();
        var compact = new int[classes];
        for (var i = 0; i < used.Length; i++) compact[used[i]] = i;
        var bigramsByClass = new int[used.Length * used.Length];
        var full = exchange.ClassBigrams;
        for (var i = 0; i < used.Length; i++)
        {
            for (var j = 0; j < used.Length; j++) bigramsByClass[(i * used.Length) + j] = full[(used[i] * classes) + used[j]];
        }
        var paths = ClusterTreeBuilder.BuildPaths(bigramsByClass, used.Length, table, progress);
        var entries = new List<(string, ClusterPath, long)>(corpus.VocabularySize);
        for (var w = 0; w < corpus.VocabularySize; w++)
        {
            var bits = paths[compact[classOf[w]]];
            // ClusterPath holds 63 bits; deeper leaves keep their first 63 (their ancestors' cluster).
            entries.Add((corpus.Words[w], ClusterPath.Parse(bits.AsSpan(0, Math.Min(bits.Length, 63))), corpus.Counts[w]));
        }
        return new BrownClusterResult(entries, corpus.Tokens, bigrams, used.Length, iterations, paths.Max(p => p.Length), ami);
    }

    /// <summary>
    /// Mutual information (nats) of adjacent classes: Σ p(c,d) ln(p(c,d) / (p(c)p(d)))
    /// = (Σ F(n_cd) − Σ F(n_c·) − Σ F(n_·d)) / N + ln N.
    /// </summary>
    private static double AverageMutualInformation(double objective, long bigrams) => (objective / bigrams) + Math.Log(bigrams);
}
