using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TextPipeline.Ingestion;
using TextPipeline.Pipeline;
using TextPipeline.Text;

namespace TextPipeline.Linking;

/// <summary>What the near-duplicate evaluation measured.</summary>
internal sealed record NearDuplicateMetrics(
    int Articles,
    int Copies,
    int EditsPerCopy,
    int ByteIdenticalPairs,
    int ByteIdenticalPairsFound,
    int ExactPairs,
    int ExactPairsFound,
    int CopiesFound,
    int NaturalPairs,
    int FoundPairs,
    int WrongPairs,
    int WrongPairsWithCopies,
    int FoundPairsWithCopies)
{
    /// <summary>Share of found pairs that are exact copies, edited copies, or near copies already in the corpus.</summary>
    public double Precision => FoundPairs == 0 ? 1 : 1 - (double)WrongPairs / FoundPairs;

    /// <summary>Share of found pairs that involve an edited copy and are right.</summary>
    public double PrecisionOfCopies => FoundPairsWithCopies == 0 ? 1 : 1 - (double)WrongPairsWithCopies / FoundPairsWithCopies;

    public double RecallOfCopies => Copies == 0 ? 1 : (double)CopiesFound / Copies;
}

/// <summary>
/// Measures the duplicate finder: a test set is made by copying <c>copies</c> articles of a corpus with
/// <c>edits</c> sentences each replaced by a sentence of another article or deleted (seeded). A found pair is right
/// when both articles descend from the same story: the same text, an edited copy of it, or a near copy the finder
/// already reports in the untouched corpus (<see cref="NearDuplicateMetrics.NaturalPairs"/>; the report lists them
/// so they can be checked by eye).
/// </summary>
internal static partial class NearDuplicateEvaluation
{
    public static NearDuplicateMetrics Measure(ImmutableArray<ArticleAnalysis> corpus, int copies, int edits, int seed, int jobs)
    {
        var stage = new RelatedLinksStage().Prepare(new StagePreparation(new PipelineOptions { Related = 0 }, Models.ModelStore.Shipped()));
        var context = new CorpusContext(jobs);
        var natural = stage.FitAndApply(new CorpusAnalysis(corpus), context).Articles;

        var family = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in natural) family[a.Id] = a.DuplicateOf ?? a.Id;
        var firstWithText = new Dictionary<string, string>(StringComparer.Ordinal);
        var exactPairs = new List<(string, string)>();
        foreach (var a in corpus)
        {
            var key = a.Article.Text.Checksum;
            if (a.Article.Text.Length > 0 && !firstWithText.TryAdd(key, a.Id)) exactPairs.Add((firstWithText[key], a.Id));
        }
        var firstWithSha = new Dictionary<string, string>(StringComparer.Ordinal);
        var bytePairs = new List<(string, string)>();
        foreach (var a in corpus)
        {
            if (a.Article.Text.Length > 0 && !firstWithSha.TryAdd(a.Article.Sha256, a.Id)) bytePairs.Add((firstWithSha[a.Article.Sha256], a.Id));
        }
        var naturalPairs = natural.Count(a => a.DuplicateOf is not null);

        var random = new Random(seed);
        var sources = corpus.Where(a => Sentences(a.Article.Text.ToString()).Length > edits + 2).ToList();
        var picked = sources.OrderBy(_ => random.Next()).Take(copies).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var withCopies = corpus.ToList();
        foreach (var original in picked)
        {
            var text = Edit(original.Article.Text.ToString(), edits, sources, random);
            var id = "copies/" + original.Id;
            withCopies.Add(new ArticleAnalysis(new Article(id, id, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
                SourceFormat.Text, ArticleText.From(text), original.Article.Metadata with { Published = null }, default, default, default)));
            family[id] = family[original.Id];
        }
        withCopies.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        var found = stage.FitAndApply(new CorpusAnalysis([.. withCopies]), context).Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

        int foundPairs = 0, wrong = 0, withCopy = 0, wrongWithCopy = 0;
        foreach (var a in found.Values)
        {
            foreach (var other in a.Duplicates)
            {
                if (string.CompareOrdinal(a.Id, other) >= 0) continue;
                foundPairs++;
                var isWrong = family[a.Id] != family[other];
                if (isWrong) wrong++;
                if (a.Id.StartsWith("copies/", StringComparison.Ordinal) || other.StartsWith("copies/", StringComparison.Ordinal))
                {
                    withCopy++;
                    if (isWrong) wrongWithCopy++;
                }
            }
        }
        var copiesFound = picked.Count(o => found["copies/" + o.Id].Duplicates.Contains(o.Id));
        var exactFound = exactPairs.Count(p => found[p.Item1].Duplicates.Contains(p.Item2));
        var bytesFound = bytePairs.Count(p => found[p.Item1].Duplicates.Contains(p.Item2));
        return new NearDuplicateMetrics(corpus.Length, picked.Count, edits, bytePairs.Count, bytesFound, exactPairs.Count, exactFound, copiesFound, naturalPairs,
            foundPairs, wrong, wrongWithCopy, withCopy);
    }

    private static string[] Sentences(string text) => SentenceBreak().Split(text);

    /// <summary>Replaces or deletes <paramref name="edits"/> distinct sentences (never the first, the title).</summary>
    private static string Edit(string text, int edits, List<ArticleAnalysis> sources, Random random)
    {
        var sentences = Sentences(text).ToList();
        var targets = Enumerable.Range(1, sentences.Count - 1).OrderBy(_ => random.Next()).Take(edits).OrderDescending().ToList();
        foreach (var t in targets)
        {
            if (random.Next(2) == 0)
            {
                sentences.RemoveAt(t);
                continue;
            }
            var donor = Sentences(sources[random.Next(sources.Count)].Article.Text.ToString());
            sentences[t] = donor[random.Next(1, donor.Length)];
        }
        return string.Join(" ", sentences);
    }

    [GeneratedRegex(@"(?<=[.!?][""']?)\s+(?=[A-Z""])")]
    private static partial Regex SentenceBreak();
}
