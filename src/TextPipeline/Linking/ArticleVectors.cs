using TextPipeline.Keyphrases;
using TextPipeline.Pipeline;

namespace TextPipeline.Linking;

/// <summary>
/// One article's vectors for linking: sublinear TF-IDF over its content words (IDF from the frozen corpus statistics,
/// so a vector depends on its article alone), its topic mixture, and its canonical entities weighted by salience;
/// each L2-normalised. Term display forms are kept for reasons.
/// </summary>
internal sealed class ArticleVectors
{
    private ArticleVectors(SparseVector text, SparseVector topics, SparseVector entities, Dictionary<ulong, string> display)
    {
        Text = text;
        Topics = topics;
        Entities = entities;
        Display = display;
    }

    public SparseVector Text { get; }

    public SparseVector Topics { get; }

    public SparseVector Entities { get; }

    /// <summary>How each text term is shown in a reason.</summary>
    public IReadOnlyDictionary<ulong, string> Display { get; }

    public static ArticleVectors Of(ArticleAnalysis article, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(frequencies);
        var features = article.RelatedFeatures ?? RelatedFeatures.Empty;
        var text = new List<(ulong, double)>(features.Terms.Count);
        var display = new Dictionary<ulong, string>(features.Terms.Count);
        foreach (var term in features.Terms)
        {
            // A word the statistics saw in exactly one article (this one, when they come from its corpus) cannot link
            // two articles and would only dilute the vector; a word they never saw is new and may link new articles.
            if (frequencies.DocumentCount > 0 && frequencies.Frequency(term.Term) == 1) continue;
            var id = TermHash.Of(term.Term);
            if (!display.TryAdd(id, term.Display)) continue; // a 64-bit collision: the first term keeps the id
            text.Add((id, (1.0 + Math.Log(term.Count)) * frequencies.Idf(term.Term)));
        }
        var topics = article.Topics.Select(t => ((ulong)(uint)t.Id, t.Weight)).ToList();
        var entities = new Dictionary<ulong, double>();
        foreach (var e in article.Entities)
        {
            var id = TermHash.Of(e.Name);
            entities[id] = entities.GetValueOrDefault(id) + Math.Max(e.Salience, 0.01);
        }
        return new ArticleVectors(SparseVector.Normalized(text), SparseVector.Normalized(topics),
            SparseVector.Normalized([.. entities.Select(p => (p.Key, p.Value))]), display);
    }
}
