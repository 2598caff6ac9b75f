using System.Collections.Immutable;
using TextPipeline.Topics;

namespace TextPipeline.Pipeline.Caching;

/// <summary>
/// Writes and reads what a corpus stage may change (see <see cref="CorpusStageMemo"/>): every article's results except
/// its tokenized document, and the corpus's topics, diagnostics and models.
/// </summary>
internal static class CorpusSerializer
{
    public static void WriteStageResult(CacheWriter w, CorpusAnalysis output)
    {
        w.Count(output.Articles.Length);
        foreach (var a in output.Articles) AnalysisSerializer.WriteAnalysis(w, a with { Document = null });
        w.List<TopicInfo>(output.Topics, t => WriteTopicInfo(w, t));
        w.List<Diagnostics.Diagnostic>(output.Diagnostics, d => AnalysisSerializer.WriteDiagnostic(w, d));
        w.List<ModelInfo>(output.Models, m => WriteModelInfo(w, m));
    }

    /// <summary>The stage's output for <paramref name="input"/> (documents taken from it), or null when the entry is for another number of articles.</summary>
    public static CorpusAnalysis? ReadStageResult(CacheReader r, CorpusAnalysis input)
    {
        if (r.Count() != input.Articles.Length) return null;
        var articles = ImmutableArray.CreateBuilder<ArticleAnalysis>(input.Articles.Length);
        foreach (var source in input.Articles)
        {
            articles.Add(AnalysisSerializer.ReadAnalysis(r, source.Article) with { Document = source.Document });
        }
        return input with
        {
            Articles = articles.MoveToImmutable(),
            Topics = r.Array(() => ReadTopicInfo(r)),
            Diagnostics = r.Array(() => AnalysisSerializer.ReadDiagnostic(r)),
            Models = r.Array(() => ReadModelInfo(r)),
        };
    }

    public static void WriteTopicInfo(CacheWriter w, TopicInfo t)
    {
        w.Int(t.Id);
        w.String(t.Label);
        w.Int(t.Size);
        w.List(t.TopTerms, w.String);
    }

    public static TopicInfo ReadTopicInfo(CacheReader r) => new(r.Int(), r.String(), r.Int(), r.List(r.String));

    public static void WriteModelInfo(CacheWriter w, ModelInfo m)
    {
        w.String(m.Name);
        w.String(m.Version);
        w.String(m.Sha256);
        w.NullableString(m.Path);
    }

    public static ModelInfo ReadModelInfo(CacheReader r) => new(r.String(), r.String(), r.String(), r.NullableString());
}
