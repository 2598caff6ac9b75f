using System.Collections.Immutable;
using TextPipeline.Ingestion;
using TextPipeline.Tokenization;

namespace TextPipeline.Topics;

/// <summary>
/// Articles of input files/folders ready for topic training or evaluation: read with the ingestion code, sorted by
/// id, byte-identical copies dropped (the first by id is kept), terms extracted. The gold label of an article is its
/// first folder (<c>business/012.txt</c> → <c>business</c>).
/// </summary>
public sealed record TopicCorpus(ImmutableArray<TopicDocument> Documents, ImmutableArray<string> Labels, TermMode Mode, int ExactDuplicatesRemoved)
{
    /// <param name="inputs">Files and folders.</param>
    /// <param name="analyze">Tokenizer/tagger giving lemmas and POS, or null to use surface words.</param>
    /// <param name="jobs">Parallel readers; the result does not depend on it.</param>
    /// <param name="timer">Records the phases' times when given.</param>
    public static TopicCorpus Read(IEnumerable<string> inputs, Func<string, Document?>? analyze = null, int jobs = 1, PhaseTimer? timer = null)
    {
        timer ??= new PhaseTimer();
        var (files, _) = InputWalker.Walk(inputs);
        var reader = new ArticleReader();
        var read = new ImmutableArray<Article>[files.Length];
        timer.Measure("read", () => Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i => read[i] = reader.Read(files[i]).Articles));
        var articles = read.SelectMany(a => a).Where(a => a.Text.Length > 0)
            .OrderBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.Path, StringComparer.Ordinal).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = articles.Where(a => seen.Add(a.Sha256)).ToList();
        var documents = new Document?[unique.Count];
        if (analyze is not null)
        {
            timer.Measure("tag", () => Parallel.For(0, unique.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i => documents[i] = analyze(unique[i].Text.ToString())));
        }
        var mode = documents.Count(TermExtractor.HasLemmas) * 2 > unique.Count ? TermMode.Lemma : TermMode.Surface;
        var terms = new List<TopicTerm>[unique.Count];
        timer.Measure("terms", () => Parallel.For(0, unique.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) },
            i => terms[i] = TermExtractor.Extract(unique[i].Text.ToString(), documents[i], mode, unique[i].Title)));
        return new TopicCorpus(
            [.. unique.Select((a, i) => new TopicDocument(a.Id, a.Sha256, terms[i]))],
            [.. unique.Select(a => LabelOf(a.Path))],
            mode,
            articles.Count - unique.Count);
    }

    public static string LabelOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? normalized[..slash] : "";
    }
}
