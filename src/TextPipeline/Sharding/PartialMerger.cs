using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using TextPipeline.Output;
using TextPipeline.Pipeline;
using TextPipeline.Pipeline.Caching;
using Diagnostic = TextPipeline.Diagnostics.Diagnostic;

namespace TextPipeline.Sharding;

/// <summary>
/// <c>merge &lt;partial&gt;... --out &lt;dir&gt;</c>: checks that the partials are every shard of one run (same input,
/// build, options, models, steps) and that this pipeline, with its state, would have run exactly the steps they ran;
/// then goes on from there (<see cref="PreparedPipeline.ContinueCorpus"/>: the corpus-wide fits, and every step after
/// them) and gives exactly the outcome a single run over the same input gives. Any problem is a
/// <see cref="PartialMergeException"/> raised before anything is written or kept.
/// </summary>
internal static class PartialMerger
{
    /// <summary>The partials among <paramref name="inputs"/>: files as given, folders' <c>part-*.tpp</c> files.</summary>
    public static ImmutableArray<string> Find(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var paths = ImmutableArray.CreateBuilder<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                paths.AddRange(Directory.GetFiles(input, "part-*" + PartialFile.Extension).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                paths.Add(input);
            }
            else
            {
                throw new PartialMergeException(Diagnostic.Create(ShardDiagnostics.PartialUnreadable, input, null, null, input, "no such file or folder"));
            }
        }
        if (paths.Count == 0)
        {
            throw new PartialMergeException(Diagnostic.Create(ShardDiagnostics.PartialsMissing, null, null, null,
                $"No partials (part-*{PartialFile.Extension}) in {string.Join(", ", inputs)}"));
        }
        return paths.ToImmutable();
    }

    /// <summary>
    /// Every partial's header, checked: readable, one per shard 0..N-1, and all of the same run. Returned in shard order
    /// with the paths in the same order.
    /// </summary>
    public static (ImmutableArray<string> Paths, ImmutableArray<PartialHeader> Headers) ReadHeaders(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var read = paths.Select(path => (Path: path, Header: ReadHeader(path))).ToList();
        var first = read[0];
        foreach (var (path, header) in read.Skip(1))
        {
            if (Difference(first.Header, header) is { } difference)
            {
                throw Inconsistent($"'{first.Path}' and '{path}' are not of one run: {difference}");
            }
        }
        var count = first.Header.Shard.Count;
        var byIndex = read.GroupBy(r => r.Header.Shard.Index).ToDictionary(g => g.Key, g => g.ToList());
        if (byIndex.Values.FirstOrDefault(g => g.Count > 1) is { } twice)
        {
            throw new PartialMergeException(Diagnostic.Create(ShardDiagnostics.PartialsMissing, null, null, null,
                $"Shard {twice[0].Header.Shard} is given twice: {string.Join(", ", twice.Select(t => $"'{t.Path}'"))}"));
        }
        var missing = Enumerable.Range(0, count).Where(i => !byIndex.ContainsKey(i)).ToList();
        if (missing.Count > 0)
        {
            throw new PartialMergeException(Diagnostic.Create(ShardDiagnostics.PartialsMissing, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"{missing.Count} of {count} shards are missing: {Ranges(missing)} (expected {string.Join(", ", missing.Take(3).Select(i => PartialFile.NameOf(new ShardSpec(i, count))))}{(missing.Count > 3 ? ", …" : "")})")));
        }
        var ordered = read.OrderBy(r => r.Header.Shard.Index).ToList();
        return ([.. ordered.Select(r => r.Path)], [.. ordered.Select(r => r.Header)]);
    }

    /// <summary>
    /// Reads every partial (in parallel) and continues the analysis through <paramref name="runner"/>, whose prepared
    /// pipeline is <paramref name="pipeline"/>: the outcome <c>run</c> would have given, with each shard's figures.
    /// </summary>
    public static RunOutcome Merge(PipelineRunner runner, PreparedPipeline pipeline, IReadOnlyList<string> paths, ImmutableArray<PartialHeader> headers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(paths);
        var total = Stopwatch.StartNew();
        var header = headers[0];
        CheckPipeline(pipeline, header);

        var parts = new ImmutableArray<ArticleAnalysis>[paths.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, pipeline.Options.Jobs), CancellationToken = cancellationToken };
        var failures = new PartialMergeException?[paths.Count];
        Parallel.For(0, paths.Count, parallel, i =>
        {
            try
            {
                parts[i] = ReadArticles(paths[i], headers[i], cancellationToken);
            }
            catch (PartialMergeException e)
            {
                failures[i] = e;
            }
        });
        // The first bad partial by shard, whichever thread met it first.
        if (failures.FirstOrDefault(f => f is not null) is { } failure) throw failure;
        var articles = parts.SelectMany(p => p).ToArray();
        Array.Sort(articles, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < articles.Length; i++)
        {
            if (articles[i].Id == articles[i - 1].Id) throw Inconsistent($"article '{articles[i].Id}' is in two partials");
        }
        if (articles.Length != header.TotalArticles)
        {
            throw Inconsistent(string.Create(CultureInfo.InvariantCulture, $"the partials hold {articles.Length} articles, the input has {header.TotalArticles}"));
        }
        var readSeconds = total.Elapsed.TotalSeconds;

        var corpusDiagnostics = header.IngestDiagnostics.ToBuilder();
        if (articles.Length == 0) corpusDiagnostics.Add(Diagnostic.Create(OutputDiagnostics.NoInputs, null, null, null));
        var display = headers.SelectMany(h => h.DisplayPaths).DistinctBy(p => p.Key).ToImmutableDictionary(StringComparer.Ordinal);
        var outcome = runner.AnalyzeWithState(corpusDiagnostics, context =>
        {
            CorpusAnalysis corpus;
            try
            {
                corpus = pipeline.ContinueCorpus([.. articles], header.Prefix, context, out var timings, cancellationToken);
                return (corpus, [new("shards", headers.Max(h => h.Figures.Seconds)), new("partials", readSeconds), .. timings]);
            }
            catch (PipelinePrefixMismatchException e)
            {
                throw Inconsistent($"{e.Message}: the shards ran with other options, models or state (kept things learned: give the shards the --state this merge uses, and run them again)");
            }
        }, header.Files, display, total, cancellationToken);
        return outcome with { Shards = [.. headers.Select(h => h.Figures)] };
    }

    private static PartialHeader ReadHeader(string path)
    {
        try
        {
            return PartialFile.ReadHeader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PartialMergeException(Diagnostic.Create(ShardDiagnostics.PartialUnreadable, path, null, null, path, e.Message));
        }
    }

    private static ImmutableArray<ArticleAnalysis> ReadArticles(string path, PartialHeader expected, CancellationToken cancellationToken)
    {
        try
        {
            var (header, articles) = PartialFile.Read(path, cancellationToken);
            // The file could have been replaced since its header was checked.
            if (Difference(expected, header) is not null || header.Shard != expected.Shard) throw Inconsistent($"'{path}' changed while it was read");
            return articles;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PartialMergeException(Diagnostic.Create(ShardDiagnostics.PartialUnreadable, path, null, null, path, e.Message));
        }
    }

    /// <summary>The partials were made by this build, with the options, models and files this merge prepared.</summary>
    private static void CheckPipeline(PreparedPipeline pipeline, PartialHeader header)
    {
        if (header.Build != ShardRunner.BuildId || header.ToolVersion != ToolVersion.Value)
        {
            throw Inconsistent($"the partials were written by textpipeline {header.ToolVersion} (build {header.Build[..12]}), this is {ToolVersion.Value} (build {ShardRunner.BuildId[..12]}): run the shards and the merge with the same build");
        }
        if (OptionsFingerprint.Of(pipeline.Options) != header.OptionsFingerprint)
        {
            throw Inconsistent("an option, or a file an option names (topic model, vocabulary, gazetteer), differs from the shards' (the file changed since they ran?)");
        }
        if (Describe(pipeline.Models) != Describe(header.Models))
        {
            throw Inconsistent($"the shards used the models {Describe(header.Models)}, this merge {Describe(pipeline.Models)}");
        }
    }

    /// <summary>The first way two headers show different runs, or null when they are of one run.</summary>
    private static string? Difference(PartialHeader a, PartialHeader b)
    {
        if (a.Shard.Count != b.Shard.Count) return $"{a.Shard.Count} shards against {b.Shard.Count}";
        if (a.Build != b.Build || a.ToolVersion != b.ToolVersion) return $"build {a.ToolVersion} {a.Build[..12]} against {b.ToolVersion} {b.Build[..12]}";
        if (a.Contract != b.Contract) return $"contract {a.Contract} against {b.Contract}";
        if (a.OptionsFingerprint != b.OptionsFingerprint || a.Options.MaxFileBytes != b.Options.MaxFileBytes || a.Options.Retrain != b.Options.Retrain) return "other options";
        if (Describe(a.Models) != Describe(b.Models)) return "other models";
        if (a.ListingSha256 != b.ListingSha256 || a.TotalArticles != b.TotalArticles || a.Files != b.Files) return "another input (files added, removed or changed between the shards)";
        if (!a.Prefix.Equals(b.Prefix)) return "other steps (another state folder, or the state changed between the shards)";
        if (!a.IngestDiagnostics.SequenceEqual(b.IngestDiagnostics)) return "other input diagnostics";
        return null;
    }

    private static string Describe(IEnumerable<ModelInfo> models) => string.Join(", ", models.Select(m => $"{m.Name} {m.Version} {m.Sha256[..Math.Min(12, m.Sha256.Length)]}"));

    private static PartialMergeException Inconsistent(string message) =>
        new(Diagnostic.Create(ShardDiagnostics.PartialsInconsistent, null, null, null, message));

    /// <summary>"0, 2-5, 7".</summary>
    private static string Ranges(List<int> sorted)
    {
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(i == j ? sorted[i].ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{sorted[i]}-{sorted[j]}"));
            i = j + 1;
        }
        return string.Join(", ", parts);
    }
}
