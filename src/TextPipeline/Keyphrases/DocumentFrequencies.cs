using System.Collections.Frozen;
using TextPipeline.Tokenization;

namespace TextPipeline.Keyphrases;

/// <summary>
/// Document frequencies of word keys over a corpus (how many articles use each word), for IDF.
/// Built from the run's own articles; immutable and thread-safe once built.
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly FrozenDictionary<string, int> _df;

    private DocumentFrequencies(FrozenDictionary<string, int> df, int documentCount)
    {
        _df = df;
        DocumentCount = documentCount;
    }

    /// <summary>No corpus: every IDF is 1.</summary>
    public static DocumentFrequencies None { get; } = new(FrozenDictionary<string, int>.Empty, 0);

    public int DocumentCount { get; }

    public static DocumentFrequencies Build(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            n++;
            seen.Clear();
            foreach (var token in document.Tokens)
            {
                if (token.Kind != TokenKind.Word || !TermKeys.IsWordLike(document.TextOf(token))) continue;
                var key = TermKeys.KeyOf(document, token);
                if (seen.Add(key)) df[key] = df.GetValueOrDefault(key) + 1;
            }
        }
        return new DocumentFrequencies(df.ToFrozenDictionary(StringComparer.Ordinal), n);
    }

    /// <summary>Smoothed IDF ln(1 + N / (df + 1)) + 1 scaled to the unseen word's IDF (so 0..1], or 1 without a corpus.</summary>
    public double Idf(string key)
    {
        if (DocumentCount == 0) return 1.0;
        var df = _df.GetValueOrDefault(key);
        var max = Math.Log(1 + DocumentCount) + 1;
        return (Math.Log(1 + (double)DocumentCount / (df + 1)) + 1) / max;
    }
}
